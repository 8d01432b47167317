import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companies } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'
import type { Company, CompanyPatch } from './schemas'
import { toCompany } from './to-company'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** Only the fields present change. */
  patch: CompanyPatch
  requestId?: string
}

/** Changes the company's profile (name, trades, license, contact, intelligence opt-out). */
export async function updateCompany({ tx, companyId, actorUserId, patch, requestId }: Options): Promise<Company> {
  const [row] = await tx
    .update(companies)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(companies.id, companyId))
    .returning()
  if (!row) throw notFound('Company')
  await recordAudit({ tx, companyId, actorUserId, action: 'company.update', entityType: 'company', entityId: companyId, changes: patch, requestId })
  return toCompany(row)
}
