import type { Sql } from '../../db/client'
import { hashRefreshToken, newRefreshToken, signAccessToken, type SigningSettings, type SignInMethod } from './tokens'
import { toGoTrueUser, type AuthUserRow } from './users'

/** Issues access + refresh tokens for a new or existing session, in GoTrue's response shape. */
async function sessionResponse(settings: SigningSettings, user: AuthUserRow, session: { id: string; amr: SignInMethod[] }, refreshToken: string) {
  const { token, expiresAt } = await signAccessToken(settings, {
    sub: user.id,
    email: user.email,
    sessionId: session.id,
    userMetadata: user.raw_user_meta_data,
    appMetadata: user.raw_app_meta_data,
    amr: session.amr,
  })
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: settings.accessTokenTtl,
    expires_at: expiresAt,
    refresh_token: refreshToken,
    user: toGoTrueUser(user),
  }
}

/**
 * Starts a session for a user who just proved who they are, by `method` (kept with the session:
 * every access token it issues, refreshed ones too, carries it in `amr`).
 */
export async function startSession(sql: Sql, settings: SigningSettings, user: AuthUserRow, method: SignInMethod['method']) {
  const sessionId = crypto.randomUUID()
  const refresh = await newRefreshToken()
  await sql.begin(async (tx) => {
    await tx`insert into auth.sessions (id, user_id) values (${sessionId}, ${user.id})`
    await tx`insert into auth.mfa_amr_claims (session_id, authentication_method) values (${sessionId}, ${method})`
    await tx`insert into auth.refresh_tokens (token, user_id, session_id) values (${refresh.hash}, ${user.id}, ${sessionId})`
    await tx`update auth.users set last_sign_in_at = now() where id = ${user.id}`
  })
  return sessionResponse(settings, user, { id: sessionId, amr: [{ method, at: Math.floor(Date.now() / 1000) }] }, refresh.token)
}

export type RefreshOutcome =
  | { ok: true; session: Awaited<ReturnType<typeof sessionResponse>> }
  | { ok: false; code: 'refresh_token_not_found' | 'refresh_token_already_used' }

/**
 * Exchanges a refresh token for a new pair. Each refresh token works once: presenting a used
 * one again means it leaked, so the whole session is ended.
 */
export async function rotateRefreshToken(sql: Sql, settings: SigningSettings, refreshToken: string): Promise<RefreshOutcome> {
  const hash = await hashRefreshToken(refreshToken)
  const outcome = await sql.begin(async (tx) => {
    const [current] = await tx<{ id: string; revoked: boolean; session_id: string; user_id: string }[]>`
      select id, revoked, session_id, user_id from auth.refresh_tokens where token = ${hash} for update`
    if (!current) return { ok: false as const, code: 'refresh_token_not_found' as const }
    if (current.revoked) {
      await tx`delete from auth.sessions where id = ${current.session_id}`
      return { ok: false as const, code: 'refresh_token_already_used' as const }
    }
    const next = await newRefreshToken()
    await tx`update auth.refresh_tokens set revoked = true, updated_at = now() where id = ${current.id}`
    await tx`insert into auth.refresh_tokens (token, user_id, session_id, parent) values (${next.hash}, ${current.user_id}, ${current.session_id}, ${hash})`
    await tx`update auth.sessions set updated_at = now() where id = ${current.session_id}`
    const [user] = await tx<AuthUserRow[]>`select * from auth.users where id = ${current.user_id}`
    const amr = await tx<SignInMethod[]>`
      select authentication_method as method, extract(epoch from created_at)::int as at
      from auth.mfa_amr_claims where session_id = ${current.session_id} order by created_at`
    return { ok: true as const, user: user!, session: { id: current.session_id, amr: [...amr] }, refreshToken: next.token }
  })
  if (!outcome.ok) return outcome
  return { ok: true, session: await sessionResponse(settings, outcome.user, outcome.session, outcome.refreshToken) }
}

export async function sessionExists(sql: Sql, sessionId: string): Promise<boolean> {
  const [row] = await sql`select 1 from auth.sessions where id = ${sessionId}`
  return Boolean(row)
}

/** Ends sessions: `local` this one, `others` all but this one, `global` all of the user's. */
export async function endSessions(sql: Sql, userId: string, sessionId: string, scope: 'global' | 'local' | 'others') {
  if (scope === 'local') await sql`delete from auth.sessions where id = ${sessionId}`
  else if (scope === 'others') await sql`delete from auth.sessions where user_id = ${userId} and id <> ${sessionId}`
  else await sql`delete from auth.sessions where user_id = ${userId}`
}
