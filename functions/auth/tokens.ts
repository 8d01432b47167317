import { jwtVerify, SignJWT } from 'jose'

export type SigningSettings = {
  /** HS256 secret shared with the API's token verification. */
  jwtSecret: string
  /** `iss` claim: this server's /auth/v1 URL. */
  issuer: string
  /** Access token lifetime in seconds. */
  accessTokenTtl: number
}

/**
 * How a session was signed in, as GoTrue names it in the `amr` claim: `password`, or `otp` for an
 * email link or its 6-digit code; `at` is when, in Unix seconds.
 */
export type SignInMethod = { method: 'password' | 'otp'; at: number }

const keyOf = (secret: string) => new TextEncoder().encode(secret)

/** Signs a Supabase-shaped access token for a user's session. */
export async function signAccessToken(
  settings: SigningSettings,
  claims: { sub: string; email: string; sessionId: string; userMetadata: unknown; appMetadata: unknown; amr: SignInMethod[] },
) {
  const now = Math.floor(Date.now() / 1000)
  const expiresAt = now + settings.accessTokenTtl
  const token = await new SignJWT({
    email: claims.email,
    phone: '',
    app_metadata: claims.appMetadata,
    user_metadata: claims.userMetadata,
    role: 'authenticated',
    aal: 'aal1',
    amr: claims.amr.map((method) => ({ method: method.method, timestamp: method.at })),
    session_id: claims.sessionId,
    is_anonymous: false,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setAudience('authenticated')
    .setIssuer(settings.issuer)
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(keyOf(settings.jwtSecret))
  return { token, expiresAt }
}

/** The anon key browsers send as `apikey`: a long-lived token with role `anon`. */
export async function signAnonKey(jwtSecret: string, issuer: string) {
  return new SignJWT({ role: 'anon' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(issuer)
    .setIssuedAt()
    .setExpirationTime('10y')
    .sign(keyOf(jwtSecret))
}

/** Verifies a token signed with our secret; returns its claims or null. */
export async function readToken(jwtSecret: string, token: string) {
  try {
    const { payload } = await jwtVerify(token, keyOf(jwtSecret), { algorithms: ['HS256'] })
    return payload
  } catch {
    return null
  }
}

/** A new opaque refresh token and the SHA-256 we store instead of it. */
export async function newRefreshToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  const token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return { token, hash: await hashRefreshToken(token) }
}

export async function hashRefreshToken(token: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
