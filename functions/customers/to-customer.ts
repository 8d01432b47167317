import type { customers } from '../../db/schema'
import { Customer } from './schemas'

/** The API's view of a customer row; parsed so nothing unlisted ever leaves. */
export const toCustomer = (row: typeof customers.$inferSelect): Customer =>
  Customer.parse({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  })
