import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'
import type { Customer, CustomerPatch } from './schemas'
import { toCustomer } from './to-customer'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  customerId: string
  /** Only the fields present are changed. */
  patch: CustomerPatch
  requestId?: string
}

/** Changes some fields of a customer and records which in the audit log. */
export async function updateCustomer({ tx, companyId, actorUserId, customerId, patch, requestId }: Options): Promise<Customer> {
  const [row] = await tx
    .update(customers)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(customers.id, customerId), eq(customers.companyId, companyId)))
    .returning()
  if (!row) throw notFound('Customer')
  await recordAudit({ tx, companyId, actorUserId, action: 'customer.update', entityType: 'customer', entityId: row.id, changes: patch, requestId })
  return toCustomer(row)
}
