import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { leads } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'

type Options = { tx: Tx; companyId: string; actorUserId: string; leadId: string; requestId?: string }

/** Removes a lead. A customer converted from it stays. */
export async function deleteLead({ tx, companyId, actorUserId, leadId, requestId }: Options): Promise<void> {
  const [row] = await tx
    .delete(leads)
    .where(and(eq(leads.id, leadId), eq(leads.companyId, companyId)))
    .returning({ id: leads.id, name: leads.name })
  if (!row) throw notFound('Lead')
  await recordAudit({ tx, companyId, actorUserId, action: 'lead.delete', entityType: 'lead', entityId: row.id, changes: { name: row.name }, requestId })
}
