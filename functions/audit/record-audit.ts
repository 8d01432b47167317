import type { Tx } from '../../db/client'
import { auditLog } from '../../db/schema'

type Options = {
  tx: Tx
  /** The tenant the change belongs to. */
  companyId: string
  /** Who made the change. */
  actorUserId: string
  /** `domain.verb`, e.g. `customer.update`. */
  action: string
  entityType: string
  entityId: string
  /** What changed; for updates, the fields that were set. */
  changes?: Record<string, unknown>
  requestId?: string
}

/** Appends one row to the audit log, inside the caller's transaction. */
export async function recordAudit(options: Options): Promise<void> {
  const { tx, ...row } = options
  await tx.insert(auditLog).values(row)
}
