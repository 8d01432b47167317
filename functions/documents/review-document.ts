import type { Tx } from '../../db/client'
import { ApiError } from '../lib/errors'
import type { DocumentKind } from './document-ref'
import { saveDocumentChange } from './save-document-change'

type Options = {
  tx: Tx
  companyId: string
  /** The reviewer. */
  actorUserId: string
  kind: DocumentKind
  /** The stored bid or invoice, locked by the caller. */
  row: { id: string; number: string; status: string; createdByAi: boolean }
  requestId?: string
}

/**
 * Records that a person checked a draft bid or invoice (required before one Z drafted can be
 * sent). Anything but a draft is a 409.
 */
export async function reviewDocument({ tx, companyId, actorUserId, kind, row, requestId }: Options): Promise<void> {
  if (row.status !== 'draft') throw new ApiError('conflict', `Only draft ${kind}s are reviewed before sending; ${row.number} is ${row.status}.`)
  await saveDocumentChange({
    tx,
    companyId,
    actorUserId,
    update: { kind, id: row.id, set: { reviewedBy: actorUserId } },
    action: 'review',
    changes: { createdByAi: row.createdByAi },
    requestId,
  })
}
