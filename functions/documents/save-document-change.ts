import type { Tx } from '../../db/client'
import { recordAudit } from '../audit/record-audit'
import { updateDocumentRow, type DocumentUpdate } from './update-document-row'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** The row and the columns to set on it (`updatedAt` is stamped unless given). */
  update: DocumentUpdate
  /** The verb the audit log records after the kind: `update` is logged as `bid.update`. */
  action: string
  /** What the audit log keeps of the change. */
  changes: Record<string, unknown>
  requestId?: string
}

/** Writes a change to a bid or invoice and records it in the audit log as `<kind>.<action>`. */
export async function saveDocumentChange({ tx, companyId, actorUserId, update, action, changes, requestId }: Options): Promise<void> {
  await updateDocumentRow(tx, update)
  await recordAudit({ tx, companyId, actorUserId, action: `${update.kind}.${action}`, entityType: update.kind, entityId: update.id, changes, requestId })
}
