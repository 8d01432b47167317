import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../db/client'
import { notFound } from '../lib/errors'
import type { CorrectionItem, ReviewInput } from './schemas'
import { correctionColumns, toCorrection, type CorrectionRow } from './to-correction'

/** What the person who sent a correction is told once the review has committed. */
export type ReviewNotice = {
  correctionId: string
  userId: string
  validated: boolean
  /**
   * The outbox row of the email telling them; null when the correction has no company (a
   * homeowner or staff member: no company outbox to send from) or they are no longer its member.
   */
  emailId: string | null
}

type Options = {
  /** A transaction running as `zafto_ops`: it may update only the review columns (migration 0009). */
  tx: Tx
  /** The staff member reviewing. */
  actorUserId: string
  correctionId: string
  input: z.infer<typeof ReviewInput>
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

function outcomeEmail(row: CorrectionRow, validated: boolean, note: string) {
  const day = new Date(row.created_at).toISOString().slice(0, 10)
  const outcome = validated
    ? 'Our team checked it and confirmed it. Z follows it from now on, and it is marked for the next revision of the knowledge Z answers from.'
    : 'Our team checked it and did not adopt it, so Z keeps answering from its sources on this point.'
  return {
    subject: validated ? 'Your correction to Z was confirmed' : 'Your correction to Z was reviewed',
    text: [
      'Hello,',
      '',
      `On ${day} you corrected one of Z's answers${row.topic ? ` about ${row.topic}` : ''}:`,
      `"${clip(row.correction_text, 500)}"`,
      '',
      outcome,
      '',
      `Reviewer's note: ${note}`,
      '',
      'Thank you for helping Z get it right.',
      '— The ZAFTO team',
    ].join('\n'),
  }
}

/**
 * Validates or rejects a correction: records who reviewed it, when, the note and whether it
 * goes into the next corpus revision (validated ones do), and puts an email telling the
 * sender in their company's outbox. Their Z memory is updated after the commit
 * (tellCorrectionOutcome): it is theirs, outside what `zafto_ops` may write.
 * A correction may be reviewed again; the latest review stands.
 */
export async function reviewCorrection({ tx, actorUserId, correctionId, input }: Options): Promise<{ item: z.infer<typeof CorrectionItem>; notice: ReviewNotice }> {
  const validated = input.decision === 'validate'
  const [row] = await tx.execute<CorrectionRow & { user_id: string; company_id: string | null }>(sql`
    update public.ai_corrections
    set validated = ${validated}, validated_by = ${actorUserId}, validated_at = now(), review_note = ${input.note}, for_corpus = ${validated}
    where id = ${correctionId}::uuid
    returning ${sql.raw(correctionColumns)}, user_id, company_id`)
  if (!row) throw notFound('Correction')

  let emailId: string | null = null
  if (row.company_id) {
    const [member] = await tx.execute<{ email: string }>(sql`select email from public.company_members where user_id = ${row.user_id}::uuid and company_id = ${row.company_id}::uuid`)
    if (member) {
      const email = outcomeEmail(row, validated, input.note)
      const [queued] = await tx.execute<{ id: string }>(sql`
        insert into public.email_outbox (company_id, to_address, subject, body_text, status, created_by)
        values (${row.company_id}::uuid, ${member.email}, ${email.subject}, ${email.text}, 'queued', ${actorUserId}::uuid)
        returning id`)
      emailId = queued!.id
    }
  }
  return { item: toCorrection(row), notice: { correctionId: row.id, userId: row.user_id, validated, emailId } }
}
