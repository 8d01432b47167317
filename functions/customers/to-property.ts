import type { properties } from '../../db/schema'
import { Property } from './property-schemas'

/** The API's view of a property row. */
export const toProperty = (row: typeof properties.$inferSelect): Property =>
  Property.parse({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  })
