import type { Sql } from '../../db/client'
import type { Mailer } from '../lib/mail'
import { hashRefreshToken } from './tokens'
import type { AuthUserRow } from './users'

/** How long a magic link (and its 6-digit code) works. GoTrue's default is an hour. */
export const MAGIC_LINK_TTL_SECONDS = 3600
/** One link per email per minute, as GoTrue's `over_email_send_rate_limit`. */
export const MAGIC_LINK_INTERVAL_SECONDS = 60
/** Wrong codes tolerated before a link stops working. */
const MAX_CODE_ATTEMPTS = 5

const sha256 = hashRefreshToken

function randomToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function randomCode() {
  const [n] = crypto.getRandomValues(new Uint32Array(1))
  return String(n! % 1_000_000).padStart(6, '0')
}

export type MagicLinkRequest = {
  sql: Sql
  mailer: Mailer
  user: AuthUserRow
  /** Where /verify sends the browser afterwards (already checked to be on this site). */
  redirectTo: string
  /** This server's /auth/v1 URL: the link points at its /verify. */
  authUrl: string
}

export type MagicLinkOutcome = { ok: true } | { ok: false; retryAfterSeconds: number }

/**
 * Creates a one-time sign-in link and a 6-digit code for `user` and emails them: the email is
 * kept in auth.mail_log (the local mailbox) and handed to the mailer, which delivers it when
 * RESEND_API_KEY is set. Only hashes are stored.
 */
export async function sendMagicLink({ sql, mailer, user, redirectTo, authUrl }: MagicLinkRequest): Promise<MagicLinkOutcome> {
  const token = randomToken()
  const code = randomCode()
  const link = `${authUrl}/verify?token=${encodeURIComponent(token)}&type=magiclink&redirect_to=${encodeURIComponent(redirectTo)}`
  const subject = 'Your ZAFTO sign-in link'
  const body = [
    'Sign in to ZAFTO with this link (it works once, for one hour):',
    '',
    link,
    '',
    `Or enter this code: ${code}`,
    '',
    'If you did not ask to sign in, ignore this email.',
  ].join('\n')
  const tokenHash = await sha256(token)
  const codeHash = await sha256(`${user.id}:${code}`)
  const outcome = await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${user.id}))`
    const [recent] = await tx<{ wait: number }[]>`
      select ceil(${MAGIC_LINK_INTERVAL_SECONDS} - extract(epoch from now() - max(created_at)))::int as wait
      from auth.magic_links where user_id = ${user.id} having max(created_at) > now() - make_interval(secs => ${MAGIC_LINK_INTERVAL_SECONDS})`
    if (recent) return { ok: false as const, retryAfterSeconds: Math.max(1, recent.wait) }
    await tx`
      insert into auth.magic_links (token_hash, code_hash, user_id, redirect_to, expires_at)
      values (${tokenHash}, ${codeHash}, ${user.id}, ${redirectTo}, now() + make_interval(secs => ${MAGIC_LINK_TTL_SECONDS}))`
    await tx`insert into auth.mail_log (to_address, subject, body_text) values (${user.email}, ${subject}, ${body})`
    return { ok: true as const }
  })
  if (outcome.ok) await mailer.deliver({ to: user.email, subject, text: body, attachments: [], fromName: 'ZAFTO' })
  return outcome
}

export type RedeemOutcome = { ok: true; user: AuthUserRow; redirectTo: string | null } | { ok: false }

/**
 * Uses a magic link's token, or an email's 6-digit code, once: marks it used, confirms the
 * email and returns the user. Expired, used or unknown tokens (and a code after five wrong
 * tries) fail alike.
 */
export async function redeemMagicLink(sql: Sql, by: { token: string } | { email: string; code: string }): Promise<RedeemOutcome> {
  return sql.begin(async (tx) => {
    let row: { token_hash: string; user_id: string; redirect_to: string | null } | undefined
    if ('token' in by) {
      ;[row] = await tx`
        select token_hash, user_id, redirect_to from auth.magic_links
        where token_hash = ${await sha256(by.token)} and used_at is null and expires_at > now() for update`
    } else {
      const [user] = await tx<{ id: string }[]>`select id from auth.users where lower(email) = ${by.email.toLowerCase()}`
      if (!user) return { ok: false as const }
      const codeHash = await sha256(`${user.id}:${by.code}`)
      const [latest] = await tx<{ token_hash: string; code_hash: string; user_id: string; redirect_to: string | null; attempts: number }[]>`
        select token_hash, code_hash, user_id, redirect_to, attempts from auth.magic_links
        where user_id = ${user.id} and used_at is null and expires_at > now()
        order by created_at desc limit 1 for update`
      if (!latest || latest.attempts >= MAX_CODE_ATTEMPTS) return { ok: false as const }
      if (latest.code_hash !== codeHash) {
        await tx`update auth.magic_links set attempts = attempts + 1 where token_hash = ${latest.token_hash}`
        return { ok: false as const }
      }
      row = latest
    }
    if (!row) return { ok: false as const }
    await tx`update auth.magic_links set used_at = now() where token_hash = ${row.token_hash}`
    const [user] = await tx<AuthUserRow[]>`
      update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
      where id = ${row.user_id} returning *`
    return user ? { ok: true as const, user, redirectTo: row.redirect_to } : { ok: false as const }
  })
}

/** The local mailbox: what the embedded auth sent to an address, newest first. */
export async function readMailbox(sql: Sql, email: string) {
  return sql<{ id: string; to_address: string; subject: string; body_text: string; created_at: string }[]>`
    select id::text, to_address, subject, body_text, created_at from auth.mail_log
    where lower(to_address) = ${email.toLowerCase()} order by id desc limit 20`
}
