import type { Tx } from '../../db/client'
import { companies, companyMembers } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import type { AuthUser, Membership } from '../lib/context'
import { ApiError } from '../lib/errors'
import type { Company, CompanyInput } from './schemas'
import { toCompany } from './to-company'

type Options = {
  tx: Tx
  /** The signed-in person, who becomes the owner. */
  user: AuthUser
  /** Their current membership; someone who already belongs to a company cannot create another. */
  membership: Membership | null
  input: CompanyInput
  requestId?: string
}

/** Creates a company and makes its creator the owner, in one transaction. */
export async function createCompany({ tx, user, membership, input, requestId }: Options): Promise<Company> {
  if (membership) throw new ApiError('conflict', 'You already belong to a company. One account works for one company.')
  if (!user.email) throw new ApiError('validation_failed', 'Your account has no email address; add one before creating a company.')
  const [company] = await tx
    .insert(companies)
    .values({ ...input, createdBy: user.id })
    .returning()
  if (!company) throw new Error('insert returned no row')
  await tx.insert(companyMembers).values({ companyId: company.id, userId: user.id, role: 'owner', email: user.email })
  await recordAudit({ tx, companyId: company.id, actorUserId: user.id, action: 'company.create', entityType: 'company', entityId: company.id, requestId })
  return toCompany(company)
}
