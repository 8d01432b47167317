import { createClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiAs, uniqueEmail } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

const client = () => createClient(server.url, server.anonKey, { auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false } })

const unescapeHtml = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** The local mailbox page for `email`, as a person would open it. */
const mailbox = async (email: string) => (await fetch(`${server.url}/auth/v1/mailbox?email=${encodeURIComponent(email)}`)).text()

/** The newest sign-in email's link and 6-digit code, read from the mailbox page. */
async function latestEmail(email: string) {
  const page = await mailbox(email)
  const href = /<a href="([^"]+)">/.exec(page)?.[1]
  const code = /enter this code: (\d{6})/.exec(page)?.[1]
  if (!href || !code) throw new Error(`no sign-in email for ${email} in the mailbox:\n${page}`)
  return { link: unescapeHtml(href), code }
}

/** Opens a link the way a browser does, without following the redirect: where it sends the browser, and the fragment. */
async function open(link: string) {
  const response = await fetch(link, { redirect: 'manual' })
  const location = response.headers.get('location') ?? ''
  const [target, fragment = ''] = location.split('#')
  return { status: response.status, target: target!, params: Object.fromEntries(new URLSearchParams(fragment)) }
}

async function requestLink(email: string, redirectTo = `${server.url}/portal/`) {
  const { error } = await client().auth.signInWithOtp({ email, options: { emailRedirectTo: redirectTo } })
  expect(error).toBeNull()
  return latestEmail(email)
}

describe('magic links with the real supabase-js client', () => {
  test('signInWithOtp emails a link; opening it lands on the requested page with a working session in the fragment', async () => {
    const email = uniqueEmail('magic')
    const { link } = await requestLink(email)
    expect(link.startsWith(`${server.url}/auth/v1/verify?token=`)).toBe(true)

    const opened = await open(link)
    expect(opened.status).toBe(303)
    expect(opened.target).toBe(`${server.url}/portal/`)
    expect(opened.params).toMatchObject({ type: 'magiclink', token_type: 'bearer', access_token: expect.any(String), refresh_token: expect.any(String) })

    // The session is a real one: supabase-js adopts it and the API accepts its token.
    const supabase = client()
    const { data, error } = await supabase.auth.setSession({ access_token: opened.params.access_token!, refresh_token: opened.params.refresh_token! })
    expect(error).toBeNull()
    expect(data.user?.email).toBe(email)
    const me = await apiAs(server, opened.params.access_token).get('/me')
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(email)
    const [row] = await asAdmin(server, (sql) => sql<{ confirmed: boolean }[]>`select email_confirmed_at is not null as confirmed from auth.users where email = ${email}`)
    expect(row!.confirmed).toBe(true)
  })

  test('verifyOtp with the 6-digit code from the email signs in; a wrong code does not', async () => {
    const email = uniqueEmail('code')
    const { code } = await requestLink(email)
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    const refused = await client().auth.verifyOtp({ email, token: wrong, type: 'email' })
    expect(refused.error).not.toBeNull()
    expect(refused.data.session).toBeNull()

    const { data, error } = await client().auth.verifyOtp({ email, token: code, type: 'email' })
    expect(error).toBeNull()
    expect(data.session?.access_token).toBeTruthy()
    expect(data.user?.email).toBe(email)
  })

  test('a link works once: opening it again gets an error in the fragment and no session', async () => {
    const email = uniqueEmail('once')
    const { link, code } = await requestLink(email)
    expect((await open(link)).params.access_token).toBeTruthy()
    const again = await open(link)
    expect(again.status).toBe(303)
    expect(again.params).toEqual({ error: 'access_denied', error_code: 'otp_expired', error_description: 'Email link is invalid or has expired' })
    // The code of a used link is spent too.
    expect((await client().auth.verifyOtp({ email, token: code, type: 'email' })).error).not.toBeNull()
  })

  test('an expired link fails, and so does its code', async () => {
    const email = uniqueEmail('expired')
    const { link, code } = await requestLink(email)
    await asAdmin(server, (sql) => sql`
      update auth.magic_links set expires_at = now() - interval '1 second' where user_id = (select id from auth.users where email = ${email})`)
    const opened = await open(link)
    expect(opened.params.error_code).toBe('otp_expired')
    expect(opened.params.access_token).toBeUndefined()
    expect((await client().auth.verifyOtp({ email, token: code, type: 'email' })).error).not.toBeNull()
  })

  test('a redirect off this site is refused: when asking for a link, and when a link is tampered with', async () => {
    const email = uniqueEmail('offsite')
    const { error } = await client().auth.signInWithOtp({ email, options: { emailRedirectTo: 'https://evil.example.com/steal' } })
    expect(error).not.toBeNull()
    expect(error?.status).toBe(400)
    expect(await mailbox(email)).not.toContain('/verify?token=')

    const { link } = await requestLink(uniqueEmail('tampered'))
    const tampered = new URL(link)
    tampered.searchParams.set('redirect_to', 'https://evil.example.com/steal')
    const opened = await open(tampered.toString())
    expect(opened.target.startsWith(server.url)).toBe(true)
    expect(opened.target).not.toContain('evil.example.com')
  })

  test('asking again within a minute is rate limited (429) and sends nothing', async () => {
    const email = uniqueEmail('ratelimit')
    await requestLink(email)
    const { error } = await client().auth.signInWithOtp({ email, options: { emailRedirectTo: `${server.url}/portal/` } })
    expect(error?.status).toBe(429)
    expect(error?.message).toMatch(/only request this after \d+ seconds/)
    const [sent] = await asAdmin(server, (sql) => sql<{ n: number }[]>`select count(*)::int as n from auth.mail_log where to_address = ${email}`)
    expect(sent!.n).toBe(1)
  })

  test('the mailbox shows email text as text: HTML in a message is escaped, never rendered', async () => {
    const email = uniqueEmail('html')
    await asAdmin(server, (sql) => sql`
      insert into auth.mail_log (to_address, subject, body_text)
      values (${email}, '<script>alert("subject")</script>', 'Hello <img src=x onerror=alert(1)> see https://example.com/?a=1&b="2"')`)
    const page = await mailbox(email)
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('<img src=x')
    expect(page).toContain('&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;')
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // The link is an anchor whose href cannot break out of its attribute.
    expect(page).toMatch(/<a href="https:\/\/example\.com\/\?a=1&amp;b=&quot;2&quot;">/)
  })
})
