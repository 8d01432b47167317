import { eq } from 'drizzle-orm'
import type { Database, Tx } from '../../db/client'
import { emailOutbox } from '../../db/schema'
import { log } from '../lib/logger'
import type { Mailer, OutgoingEmail } from '../lib/mail'

export type OutboxRow = typeof emailOutbox.$inferSelect

/**
 * The first half: records an email in the company's outbox as `queued`, in the request's
 * transaction, before anything is handed to a mailer.
 */
export async function recordOutboxEmail(
  tx: Tx,
  email: { companyId: string; createdBy: string; toAddress: string; subject: string; bodyText: string; attachments?: OutboxRow['attachments'] },
): Promise<OutboxRow> {
  const [queued] = await tx
    .insert(emailOutbox)
    .values({ ...email, attachments: email.attachments ?? [], status: 'queued' })
    .returning()
  if (!queued) throw new Error('insert returned no row')
  return queued
}

type Options = {
  /** The request's transaction, or the service connection after a commit. */
  db: Tx | Database
  mailer: Mailer
  /** The outbox row, already recorded as `queued`: its address, subject and text are what is sent. */
  email: OutboxRow
  /** The bytes of the row's attachments (the row lists their stored files by name). */
  attachments?: OutgoingEmail['attachments']
  /** Where the reply goes (the company's own address), and the sender's display name. */
  replyTo?: string | null
  fromName?: string | null
  /** The log event for a refused delivery, and the request it belongs to. */
  failureEvent: string
  requestId?: string
}

/**
 * The second half of every email the product sends: hands a recorded outbox row to the mailer
 * and marks it `sent`, or `failed` with the mailer's reason (logged, never thrown). Resolves to
 * the updated row; what a failure means is the caller's (a document stays on record as failed,
 * an invitation is refused).
 */
export async function deliverOutboxEmail({ db, mailer, email, attachments = [], replyTo, fromName, failureEvent, requestId }: Options): Promise<OutboxRow> {
  let outcome: Partial<OutboxRow>
  try {
    await mailer.deliver({ to: email.toAddress, subject: email.subject, text: email.bodyText, attachments, replyTo, fromName })
    outcome = { status: 'sent', sentAt: new Date(), error: null }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    log.warn(failureEvent, { requestId, emailId: email.id, mailer: mailer.kind, reason })
    outcome = { status: 'failed', error: reason.slice(0, 500) }
  }
  const [done] = await db.update(emailOutbox).set(outcome).where(eq(emailOutbox.id, email.id)).returning()
  if (!done) throw new Error('update returned no row')
  return done
}
