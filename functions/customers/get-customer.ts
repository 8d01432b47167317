import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers } from '../../db/schema'
import { notFound } from '../lib/errors'
import type { Customer } from './schemas'
import { toCustomer } from './to-customer'

type Options = { tx: Tx; companyId: string; customerId: string }

/** One customer of the company; another company's id is simply not found. */
export async function getCustomer({ tx, companyId, customerId }: Options): Promise<Customer> {
  const [row] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.companyId, companyId)))
  if (!row) throw notFound('Customer')
  return toCustomer(row)
}
