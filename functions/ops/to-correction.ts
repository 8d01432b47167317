import type { z } from '@hono/zod-openapi'
import type { CorrectionItem } from './schemas'

/** An `ai_corrections` row as raw SQL returns it (the columns the queue shows). */
export type CorrectionRow = {
  id: string
  trade: string
  topic: string | null
  severity: 'minor' | 'major' | 'safety_critical'
  correction_text: string
  original_response: string
  code_reference: string | null
  created_at: string
  validated: boolean | null
  review_note: string | null
  for_corpus: boolean
}

/** The columns CorrectionRow needs, for `select ${correctionColumns} from public.ai_corrections`. */
export const correctionColumns = 'id, trade, topic, severity, correction_text, original_response, code_reference, created_at, validated, review_note, for_corpus'

/** A correction in the review queue: what was said, what the person says instead, and the review. */
export const toCorrection = (row: CorrectionRow): z.infer<typeof CorrectionItem> => ({
  id: row.id,
  trade: row.trade,
  topic: row.topic,
  severity: row.severity,
  correctionText: row.correction_text,
  originalResponse: row.original_response,
  codeReference: row.code_reference,
  createdAt: new Date(row.created_at).toISOString(),
  status: row.validated === null ? 'pending' : row.validated ? 'validated' : 'rejected',
  reviewNote: row.review_note,
  forCorpus: row.for_corpus,
})
