import type { companies } from '../../db/schema'
import { Company } from './schemas'

export const toCompany = (row: typeof companies.$inferSelect): Company =>
  Company.parse({
    ...row,
    logoUrl: row.logoFileId ? `/api/v1/files/${row.logoFileId}` : null,
    createdAt: row.createdAt.toISOString(),
  })
