import type { leads } from '../../db/schema'
import { Lead } from './schemas'

/** The API's view of a lead row; parsed so nothing unlisted ever leaves. */
export const toLead = (row: typeof leads.$inferSelect): Lead =>
  Lead.parse({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  })
