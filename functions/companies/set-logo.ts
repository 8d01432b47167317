import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companies, files } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { storeFile } from '../files/store-file'
import { notFound } from '../lib/errors'
import type { Storage } from '../lib/storage'
import type { Company } from './schemas'
import { toCompany } from './to-company'

type Options = {
  tx: Tx
  storage: Storage
  companyId: string
  actorUserId: string
  /** The new logo (PNG or JPEG, already checked), or null to remove it. */
  logo: { name: string; contentType: string; bytes: Uint8Array } | null
  requestId?: string
}

/**
 * Replaces (or removes) the logo printed on the company's bids, invoices and reports. The
 * previous logo's row goes in the same transaction; its bytes after the new state is saved.
 */
export async function setCompanyLogo({ tx, storage, companyId, actorUserId, logo, requestId }: Options): Promise<Company> {
  const [company] = await tx.select().from(companies).where(eq(companies.id, companyId))
  if (!company) throw notFound('Company')
  const stored = logo ? await storeFile({ tx, storage, companyId, actorUserId, kind: 'company', entityId: companyId, ...logo }) : null
  const [row] = await tx
    .update(companies)
    .set({ logoFileId: stored?.id ?? null, updatedAt: new Date() })
    .where(eq(companies.id, companyId))
    .returning()
  if (!row) throw notFound('Company')
  let previous: typeof files.$inferSelect | undefined
  if (company.logoFileId) {
    ;[previous] = await tx.delete(files).where(eq(files.id, company.logoFileId)).returning()
  }
  await recordAudit({ tx, companyId, actorUserId, action: logo ? 'company.logo.set' : 'company.logo.remove', entityType: 'company', entityId: companyId, changes: { logoFileId: stored?.id ?? null }, requestId })
  if (previous) await storage.delete(previous.bucket, previous.path).catch(() => undefined)
  return toCompany(row)
}
