import { createMiddleware } from 'hono/factory'
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose'
import type { Config } from './config'
import type { AppEnv, AuthUser } from './context'
import { ApiError } from './errors'

const jwksByUrl = new Map<string, ReturnType<typeof createRemoteJWKSet>>()
const secretKeys = new Map<string, Uint8Array>()

/**
 * Verifies a Supabase access token: HS256 with the project's JWT secret when one is
 * configured, otherwise the project's JWKS (asymmetric signing keys). Returns the claims of a
 * signed-in user, or throws an `unauthorized` ApiError.
 */
export async function verifyAccessToken(token: string, config: Config): Promise<AuthUser> {
  let payload: JWTPayload
  try {
    if (config.jwtSecret) {
      let key = secretKeys.get(config.jwtSecret)
      if (!key) secretKeys.set(config.jwtSecret, (key = new TextEncoder().encode(config.jwtSecret)))
      ;({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'], audience: 'authenticated' }))
    } else {
      let jwks = jwksByUrl.get(config.jwksUrl)
      if (!jwks) jwksByUrl.set(config.jwksUrl, (jwks = createRemoteJWKSet(new URL(config.jwksUrl))))
      ;({ payload } = await jwtVerify(token, jwks, { audience: 'authenticated' }))
    }
  } catch (error) {
    const expired = error instanceof joseErrors.JWTExpired
    throw new ApiError('unauthorized', expired ? 'Your session has expired. Sign in again.' : 'Your sign-in is not valid. Sign in again.', {
      internal: error instanceof Error ? error.message : String(error),
    })
  }
  if (payload.role !== 'authenticated' || typeof payload.sub !== 'string') {
    throw new ApiError('unauthorized', 'Sign in with a user account to use this endpoint.')
  }
  return { id: payload.sub, email: typeof payload.email === 'string' ? payload.email : null, claims: payload as Record<string, unknown> }
}

/** Reads `Authorization: Bearer <token>` and puts the verified user on the context. */
export const requireUser = createMiddleware<AppEnv>(async function requireUser(c, next) {
  const header = c.req.header('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  if (!match?.[1]) throw new ApiError('unauthorized', 'Sign in to continue: send your access token as "Authorization: Bearer <token>".')
  c.set('user', await verifyAccessToken(match[1], c.get('services').config))
  await next()
})
