import type { companies } from '../../db/schema'
import { Company } from './schemas'

export const toCompany = (row: typeof companies.$inferSelect): Company =>
  Company.parse({ ...row, createdAt: row.createdAt.toISOString() })
