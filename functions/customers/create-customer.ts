import type { Tx } from '../../db/client'
import { customers } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import type { Customer, CustomerInput } from './schemas'
import { toCustomer } from './to-customer'

type Options = {
  tx: Tx
  /** The caller's company; RLS refuses any other. */
  companyId: string
  /** The person creating it, for the audit log. */
  actorUserId: string
  input: CustomerInput
  requestId?: string
}

/** Creates a customer (homeowner or business) for the company. */
export async function createCustomer({ tx, companyId, actorUserId, input, requestId }: Options): Promise<Customer> {
  const [row] = await tx
    .insert(customers)
    .values({ companyId, ...input })
    .returning()
  if (!row) throw new Error('insert returned no row')
  await recordAudit({ tx, companyId, actorUserId, action: 'customer.create', entityType: 'customer', entityId: row.id, requestId })
  return toCustomer(row)
}
