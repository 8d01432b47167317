import { eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { emailOutbox } from '../../db/schema'
import { updateMemory } from '../ai/memory/memory-store'
import { log } from '../lib/logger'
import type { Mailer } from '../lib/mail'
import { deliverOutboxEmail } from '../outbox/outbox-email'
import type { ReviewNotice } from './review-correction'

type Options = {
  /** The service connection (not a request's role): the memory row is the person's own. */
  db: Database
  mailer: Mailer
  notice: ReviewNotice
  requestId?: string
}

/**
 * Marks the correction in the sender's Z memory (every persona that holds it) confirmed or
 * rejected, so Z stops calling it "pending review", with the memory store's optimistic version
 * check. Resolves to how many memory profiles changed.
 */
async function resolveInMemory(db: Database, notice: ReviewNotice): Promise<number> {
  const holders = await db.execute<{ persona: string }>(sql`
    select persona from public.ai_user_memory
    where user_id = ${notice.userId}::uuid and memory_profile -> 'corrections' @> ${JSON.stringify([{ source: notice.correctionId }])}::jsonb`)
  let changed = 0
  for (const { persona } of holders) {
    const version = await updateMemory({
      db,
      userId: notice.userId,
      companyId: null,
      persona,
      change: (profile) =>
        profile.corrections.some((item) => item.source === notice.correctionId && item.validated !== notice.validated)
          ? { ...profile, corrections: profile.corrections.map((item) => (item.source === notice.correctionId ? { ...item, validated: notice.validated } : item)) }
          : null,
    })
    if (version !== null) changed++
  }
  return changed
}

/**
 * After a correction review has committed: delivers the email it queued (marking the outbox
 * row sent or failed, as documents do) and resolves the correction in the sender's memory.
 * Failures are logged, never thrown: the review itself stands.
 */
export async function tellCorrectionOutcome({ db, mailer, notice, requestId }: Options): Promise<void> {
  if (notice.emailId) {
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, notice.emailId))
    if (email) await deliverOutboxEmail({ db, mailer, email, fromName: 'ZAFTO', failureEvent: 'ops.correction.email_failed', requestId })
  }
  try {
    const profiles = await resolveInMemory(db, notice)
    log.info('ops.correction.memory_resolved', { requestId, correctionId: notice.correctionId, profiles })
  } catch (error) {
    log.error('ops.correction.memory_failed', { requestId, correctionId: notice.correctionId, internal: error instanceof Error ? error.message : String(error) })
  }
}
