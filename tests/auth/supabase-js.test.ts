import { createClient } from '@supabase/supabase-js'
import { SignJWT } from 'jose'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiAs, signUp, uniqueEmail } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'

const jwtSecret = 'test-secret-for-supabase-js-suite-0123456789abcdef'
let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ jwtSecret })
})
afterAll(async () => {
  await server?.stop()
})

const client = () => createClient(server.url, server.anonKey, { auth: { persistSession: false, autoRefreshToken: false } })
const password = 'correct-horse-battery'

describe('the real supabase-js client against the embedded auth server', () => {
  test('signUp returns a session immediately (email confirmation is off)', async () => {
    const email = uniqueEmail('signup')
    const { data, error } = await client().auth.signUp({ email, password, options: { data: { full_name: 'Pat Lee' } } })
    expect(error).toBeNull()
    expect(data.session?.access_token).toBeTruthy()
    expect(data.user?.email).toBe(email)
    expect(data.user?.user_metadata).toMatchObject({ full_name: 'Pat Lee' })
  })

  test('signInWithPassword, getUser, refreshSession and signOut work in sequence', async () => {
    const email = uniqueEmail('flow')
    await client().auth.signUp({ email, password })
    const supabase = client()

    const signIn = await supabase.auth.signInWithPassword({ email, password })
    expect(signIn.error).toBeNull()
    const first = signIn.data.session!

    const user = await supabase.auth.getUser()
    expect(user.error).toBeNull()
    expect(user.data.user?.email).toBe(email)

    const refreshed = await supabase.auth.refreshSession()
    expect(refreshed.error).toBeNull()
    expect(refreshed.data.session?.refresh_token).not.toBe(first.refresh_token)
    expect(refreshed.data.session?.access_token).toBeTruthy()

    // The new access token works for the API.
    const me = await apiAs(server, refreshed.data.session!.access_token).get('/me')
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(email)

    const out = await supabase.auth.signOut()
    expect(out.error).toBeNull()

    // The session is gone: the auth server refuses the old access token and refresh token.
    const afterUser = await client().auth.getUser(refreshed.data.session!.access_token)
    expect(afterUser.error).not.toBeNull()
    const again = await client().auth.refreshSession({ refresh_token: refreshed.data.session!.refresh_token })
    expect(again.error).not.toBeNull()
  })

  test('a wrong password is refused with "Invalid login credentials"', async () => {
    const email = uniqueEmail('wrongpw')
    await client().auth.signUp({ email, password })
    const { data, error } = await client().auth.signInWithPassword({ email, password: 'not-the-password' })
    expect(data.session).toBeNull()
    expect(error?.message).toBe('Invalid login credentials')
    expect(error?.status).toBe(400)
  })

  test('an unknown email is refused the same way as a wrong password', async () => {
    const { error } = await client().auth.signInWithPassword({ email: uniqueEmail('nobody'), password })
    expect(error?.message).toBe('Invalid login credentials')
  })

  test('signing up twice with one email is refused', async () => {
    const email = uniqueEmail('dupe')
    await client().auth.signUp({ email, password })
    const { error } = await client().auth.signUp({ email: email.toUpperCase(), password })
    expect(error?.message).toBe('User already registered')
  })

  test('a short password is refused as weak', async () => {
    const { data, error } = await client().auth.signUp({ email: uniqueEmail('weak'), password: 'short' })
    expect(data.session).toBeNull()
    expect(error?.name).toBe('AuthWeakPasswordError')
  })

  test('a refresh token works once; reusing it ends the whole session', async () => {
    const account = await signUp(server, 'reuse')
    const first = await client().auth.refreshSession({ refresh_token: account.refreshToken })
    expect(first.error).toBeNull()
    const replay = await client().auth.refreshSession({ refresh_token: account.refreshToken })
    expect(replay.error).not.toBeNull()
    // The token issued by the legitimate refresh is dead too: the session was ended.
    const next = await client().auth.refreshSession({ refresh_token: first.data.session!.refresh_token })
    expect(next.error).not.toBeNull()
  })

  test('calls without the anon key are refused, as Supabase’s gateway does', async () => {
    const response = await fetch(`${server.url}/auth/v1/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: uniqueEmail('nokey'), password }),
    })
    expect(response.status).toBe(401)
  })

  test('passwords are stored as slow salted hashes, never as text', async () => {
    const email = uniqueEmail('hash')
    await client().auth.signUp({ email, password })
    const sql = postgres(server.databaseUrl, { max: 1 })
    try {
      const [row] = await sql<{ encrypted_password: string }[]>`select encrypted_password from auth.users where email = ${email}`
      expect(row!.encrypted_password).toMatch(/^pbkdf2-sha256\$600000\$/)
      expect(row!.encrypted_password).not.toContain(password)
    } finally {
      await sql.end()
    }
  })
})

describe('access tokens at the API', () => {
  const sign = (claims: Record<string, unknown>, secret: string, exp: string | number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.sub))
      .setAudience('authenticated')
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(new TextEncoder().encode(secret))

  test('an expired token gets 401 and says to sign in again', async () => {
    const account = await signUp(server, 'expired')
    const token = await sign({ sub: account.userId, role: 'authenticated' }, jwtSecret, Math.floor(Date.now() / 1000) - 60)
    const response = await apiAs(server, token).get('/me')
    expect(response.status).toBe(401)
    expect(response.body.error.code).toBe('unauthorized')
    expect(response.body.error.message).toMatch(/expired/i)
  })

  test('a token signed with another secret gets 401', async () => {
    const account = await signUp(server, 'forged')
    const token = await sign({ sub: account.userId, role: 'authenticated' }, 'an-attacker-secret-that-is-long-enough-1234', '1h')
    const response = await apiAs(server, token).get('/me')
    expect(response.status).toBe(401)
  })

  test('an unsigned (alg none) token gets 401', async () => {
    const account = await signUp(server, 'unsigned')
    const encode = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: account.userId, role: 'authenticated', aud: 'authenticated', exp: 9999999999 })}.`
    expect((await apiAs(server, token).get('/me')).status).toBe(401)
  })

  test('the anon key is not a user token', async () => {
    const response = await apiAs(server, server.anonKey).get('/me')
    expect(response.status).toBe(401)
  })

  test('no token at all gets 401 with the error shape', async () => {
    const response = await apiAs(server).get('/customers')
    expect(response.status).toBe(401)
    expect(response.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String), requestId: expect.any(String) } })
  })
})
