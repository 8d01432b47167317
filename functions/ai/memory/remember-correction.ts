import { sql } from 'drizzle-orm'
import { mergeObservations } from './merge-observations'
import { memoryPersona } from './memory-persona'
import { updateMemory, type Executor } from './memory-store'

export type CorrectionToRemember = {
  /** The `ai_corrections` row: the correction's source in memory. */
  id: string
  conversationId?: string
  topic?: string
  originalResponse: string
  correctionText: string
  codeReference?: string
}

/**
 * Puts a correction the person just submitted into their memory at once, as pending review
 * (validated: null), so Z defers to it for them from the next question. Runs in the caller's
 * transaction (as the user, under RLS), so the correction and its memory entry commit together.
 */
export async function rememberCorrection({ db, userId, companyId, correction, now = new Date() }: { db: Executor; userId: string; companyId: string | null; correction: CorrectionToRemember; now?: Date }): Promise<void> {
  const persona = await memoryPersona({ db, userId, conversationId: correction.conversationId })
  const [counted] = await db.execute<{ corrections: number }>(sql`select count(*)::int as corrections from public.ai_corrections where user_id = ${userId}::uuid`)
  const topic = correction.topic ?? correction.codeReference ?? correction.correctionText.split(/[.;:\n]/)[0]!.slice(0, 160)
  const written = await updateMemory({
    db,
    userId,
    companyId,
    persona,
    interactionAt: now,
    change: (current) => {
      const observation = {
        category: 'correction' as const,
        topic,
        content: correction.correctionText,
        confidence: 1,
        source: correction.id,
        correction: { original_response: correction.originalResponse, code_reference: correction.codeReference },
      }
      const result = mergeObservations(current, [observation], now, { meta: { ...current.meta, corrections_submitted: counted?.corrections ?? current.meta.corrections_submitted } })
      if (result.error) throw new Error(`correction does not fit the memory profile: ${result.error}`)
      return result.changed ? result.profile : null
    },
  })
  if (written === null) throw new Error('the memory profile changed twice while the correction was being saved')
}
