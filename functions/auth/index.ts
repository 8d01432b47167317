import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import type { Sql } from '../../db/client'
import { log } from '../lib/logger'
import type { Mailer } from '../lib/mail'
import { readMailbox, redeemMagicLink, sendMagicLink } from './magic-links'
import { decoyHash, verifyPassword } from './password'
import { endSessions, rotateRefreshToken, sessionExists, startSession } from './sessions'
import { readToken, type SigningSettings } from './tokens'
import { createUser, findUserByEmail, findUserById, toGoTrueUser } from './users'
import { mailboxHtml } from './mailbox-page'

export type AuthServerOptions = SigningSettings & {
  sql: Sql
  /** Shortest password accepted at sign-up. */
  minPasswordLength?: number
  /** Sends magic links. With the outbox mailer (nothing leaves the machine) /mailbox shows them. */
  mailer: Mailer
  /** This site's origin: magic links may only send the browser back here. */
  siteUrl: string
}

type GoTrueErrorCode =
  | 'bad_json'
  | 'validation_failed'
  | 'weak_password'
  | 'user_already_exists'
  | 'invalid_credentials'
  | 'refresh_token_not_found'
  | 'refresh_token_already_used'
  | 'unsupported_grant_type'
  | 'no_authorization'
  | 'bad_jwt'
  | 'session_not_found'
  | 'user_not_found'
  | 'invalid_api_key'
  | 'otp_expired'
  | 'over_email_send_rate_limit'
  | 'otp_disabled'
  | 'request_too_large'
  | 'unexpected_failure'

/** GoTrue's error body; supabase-js reads `error_code` and shows `msg`. */
const fail = (c: Context, status: 400 | 401 | 403 | 404 | 413 | 422 | 429 | 500, errorCode: GoTrueErrorCode, msg: string, extra: object = {}) =>
  c.json({ code: status, error_code: errorCode, msg, ...extra }, status)

const Credentials = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
  data: z.record(z.string(), z.unknown()).optional(),
})
const RefreshBody = z.object({ refresh_token: z.string().min(1).max(512) })
const OtpBody = z.object({ email: z.email().max(254), create_user: z.boolean().optional(), data: z.record(z.string(), z.unknown()).optional() })
const VerifyBody = z.object({ type: z.enum(['email', 'magiclink', 'signup']), email: z.email().max(254), token: z.string().regex(/^\d{6}$/) })

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json()
  } catch {
    return undefined
  }
}

/**
 * The subset of Supabase Auth (GoTrue) that the embedded default serves at /auth/v1:
 * sign-up (no email confirmation), password and refresh grants, the current user, and
 * logout. The real `@supabase/supabase-js` client works against it unchanged.
 */
export function createAuthServer(options: AuthServerOptions) {
  const { sql, minPasswordLength = 8 } = options
  const app = new Hono()

  app.use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => fail(c, 413, 'request_too_large', 'Request body too large.') }))

  /** A redirect target on this site (absolute or a path), or null for anything else. */
  const onThisSite = (target: string | undefined) => {
    if (!target) return options.siteUrl + '/'
    try {
      const url = new URL(target, options.siteUrl)
      return url.origin === new URL(options.siteUrl).origin ? url.toString() : null
    } catch {
      return null
    }
  }

  // The links in sign-in emails are opened by a browser, which sends no project key.
  app.get('/verify', async (c) => {
    const redirect = onThisSite(c.req.query('redirect_to'))
    const token = c.req.query('token') ?? ''
    const back = (fragment: Record<string, string>, to: string | null) =>
      c.redirect(`${to ?? redirect ?? options.siteUrl + '/'}#${new URLSearchParams(fragment)}`, 303)
    const outcome = token.length > 0 && token.length <= 256 ? await redeemMagicLink(sql, { token }) : { ok: false as const }
    if (!outcome.ok) {
      return back({ error: 'access_denied', error_code: 'otp_expired', error_description: 'Email link is invalid or has expired' }, null)
    }
    const session = await startSession(sql, options, outcome.user, 'otp')
    log.info('auth.magic_link.used', { userId: outcome.user.id })
    return back(
      {
        access_token: session.access_token,
        expires_at: String(session.expires_at),
        expires_in: String(session.expires_in),
        refresh_token: session.refresh_token,
        token_type: 'bearer',
        type: 'magiclink',
      },
      onThisSite(outcome.redirectTo ?? undefined),
    )
  })

  // The local mailbox (like Supabase CLI's Inbucket): only while no email leaves the machine.
  app.get('/mailbox', async (c) => {
    if (options.mailer.kind !== 'outbox') return c.text('The mailbox is off: sign-in emails are delivered by your mail provider.', 404)
    const email = z.email().max(254).safeParse(c.req.query('email'))
    const messages = email.success ? await readMailbox(sql, email.data) : []
    return c.html(mailboxHtml(email.success ? email.data : null, messages))
  })

  // The Supabase gateway refuses calls without a valid project key; so do we.
  app.use('*', async function requireApiKey(c, next) {
    const key = c.req.header('apikey') ?? c.req.query('apikey')
    const claims = key ? await readToken(options.jwtSecret, key) : null
    if (!claims || (claims.role !== 'anon' && claims.role !== 'service_role')) {
      return c.json({ message: 'Invalid API key. Send the anon key from GET /api/v1/config as the "apikey" header.' }, 401)
    }
    await next()
  })

  app.onError((error, c) => {
    log.error('auth.request.failed', { path: c.req.path, internal: error instanceof Error ? error.message : String(error) })
    return fail(c, 500, 'unexpected_failure', 'Something went wrong on our side. Try again.')
  })

  app.get('/health', (c) => c.json({ name: 'zafto-embedded-auth', description: 'GoTrue-compatible subset' }))

  app.get('/settings', (c) =>
    c.json({ external: { email: true }, disable_signup: false, mailer_autoconfirm: true, phone_autoconfirm: false, sms_provider: '' }),
  )

  app.post('/signup', async (c) => {
    const parsed = Credentials.safeParse(await readJson(c))
    if (!parsed.success) return fail(c, 400, 'validation_failed', 'Sign up needs a valid email address and a password.')
    const { email, password, data } = parsed.data
    if (password.length < minPasswordLength) {
      return fail(c, 422, 'weak_password', `Password should be at least ${minPasswordLength} characters.`, {
        weak_password: { reasons: ['length'], message: `Password should be at least ${minPasswordLength} characters.` },
      })
    }
    const user = await createUser({ sql, email, password, userMetadata: data })
    if (!user) return fail(c, 422, 'user_already_exists', 'User already registered')
    log.info('auth.signup.done', { userId: user.id })
    return c.json(await startSession(sql, options, user, 'password'), 200)
  })

  // signInWithOtp: emails a one-time link and code, creating the account unless told not to.
  app.post('/otp', async (c) => {
    const parsed = OtpBody.safeParse(await readJson(c))
    if (!parsed.success) return fail(c, 400, 'validation_failed', 'A valid email address is required.')
    const redirectTo = onThisSite(c.req.query('redirect_to'))
    if (!redirectTo) return fail(c, 400, 'validation_failed', 'redirect_to must be a page of this site.')
    const { email, create_user: createIfMissing = true, data } = parsed.data
    let user = await findUserByEmail(sql, email)
    if (!user && createIfMissing) user = (await createUser({ sql, email, password: null, userMetadata: data, confirmed: false })) ?? (await findUserByEmail(sql, email))
    if (!user) return fail(c, 422, 'otp_disabled', 'Signups not allowed for otp')
    const sent = await sendMagicLink({ sql, mailer: options.mailer, user, redirectTo, authUrl: options.issuer })
    if (!sent.ok) {
      return fail(c, 429, 'over_email_send_rate_limit', `For security purposes, you can only request this after ${sent.retryAfterSeconds} seconds.`)
    }
    log.info('auth.magic_link.sent', { userId: user.id })
    return c.json({}, 200)
  })

  // verifyOtp with the 6-digit code from the email.
  app.post('/verify', async (c) => {
    const parsed = VerifyBody.safeParse(await readJson(c))
    if (!parsed.success) return fail(c, 400, 'validation_failed', 'Verify needs the email address and the 6-digit code from the email.')
    const outcome = await redeemMagicLink(sql, { email: parsed.data.email, code: parsed.data.token })
    if (!outcome.ok) return fail(c, 403, 'otp_expired', 'Token has expired or is invalid')
    return c.json(await startSession(sql, options, outcome.user, 'otp'), 200)
  })

  app.post('/token', async (c) => {
    const grantType = c.req.query('grant_type')
    const body = await readJson(c)
    if (grantType === 'password') {
      const parsed = Credentials.safeParse(body)
      if (!parsed.success) return fail(c, 400, 'validation_failed', 'Sign in needs an email address and a password.')
      const user = await findUserByEmail(sql, parsed.data.email)
      const matches = await verifyPassword(parsed.data.password, user?.encrypted_password ?? (await decoyHash))
      if (!user || !matches) return fail(c, 400, 'invalid_credentials', 'Invalid login credentials')
      return c.json(await startSession(sql, options, user, 'password'), 200)
    }
    if (grantType === 'refresh_token') {
      const parsed = RefreshBody.safeParse(body)
      if (!parsed.success) return fail(c, 400, 'validation_failed', 'A refresh_token is required.')
      const outcome = await rotateRefreshToken(sql, options, parsed.data.refresh_token)
      if (!outcome.ok) {
        if (outcome.code === 'refresh_token_already_used') log.warn('auth.refresh.reused', {})
        const msg = outcome.code === 'refresh_token_not_found' ? 'Invalid Refresh Token: Refresh Token Not Found' : 'Invalid Refresh Token: Already Used'
        return fail(c, 400, outcome.code, msg)
      }
      return c.json(outcome.session, 200)
    }
    return fail(c, 400, 'unsupported_grant_type', 'grant_type must be "password" or "refresh_token".')
  })

  /** The signed-in caller's verified claims whose session still exists, or an error response. */
  async function callerSession(c: Context) {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')
    if (!match?.[1]) return { error: fail(c, 401, 'no_authorization', 'This endpoint requires a Bearer token') }
    const claims = await readToken(options.jwtSecret, match[1])
    if (!claims || typeof claims.sub !== 'string' || typeof claims.session_id !== 'string' || claims.role !== 'authenticated') {
      return { error: fail(c, 403, 'bad_jwt', 'Invalid JWT: unable to parse or verify signature, or token has expired') }
    }
    if (!(await sessionExists(sql, claims.session_id))) {
      return { error: fail(c, 403, 'session_not_found', 'Session from session_id claim in JWT does not exist') }
    }
    return { userId: claims.sub, sessionId: claims.session_id }
  }

  app.get('/user', async (c) => {
    const caller = await callerSession(c)
    if ('error' in caller) return caller.error
    const user = await findUserById(sql, caller.userId)
    if (!user) return fail(c, 404, 'user_not_found', 'User not found')
    return c.json(toGoTrueUser(user), 200)
  })

  app.post('/logout', async (c) => {
    const caller = await callerSession(c)
    if ('error' in caller) return caller.error
    const scope = c.req.query('scope') ?? 'global'
    if (scope !== 'global' && scope !== 'local' && scope !== 'others') {
      return fail(c, 400, 'validation_failed', 'scope must be global, local or others.')
    }
    await endSessions(sql, caller.userId, caller.sessionId, scope)
    return c.body(null, 204)
  })

  return app
}
