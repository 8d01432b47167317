import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'

type Options = { tx: Tx; companyId: string; actorUserId: string; customerId: string; requestId?: string }

/**
 * Deletes a customer with their properties, equipment and messages. A customer with jobs,
 * bids or invoices is kept (the database refuses, and the API answers 409).
 */
export async function deleteCustomer({ tx, companyId, actorUserId, customerId, requestId }: Options): Promise<void> {
  const [row] = await tx
    .delete(customers)
    .where(and(eq(customers.id, customerId), eq(customers.companyId, companyId)))
    .returning({ id: customers.id, name: customers.name })
  if (!row) throw notFound('Customer')
  await recordAudit({ tx, companyId, actorUserId, action: 'customer.delete', entityType: 'customer', entityId: row.id, changes: { name: row.name }, requestId })
}
