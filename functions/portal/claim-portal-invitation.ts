import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { hashRefreshToken } from '../auth/tokens'
import { ApiError, sqlStateOf } from '../lib/errors'
import { loadPortalCompany } from './portal-company'
import { requirePortalCustomer } from './require-portal-customer'

type Options = {
  tx: Tx
  userId: string
  /** The `invite` value of the link in the invitation email. */
  token: string
}

/** `p***@example.com`: enough to recognise an address, not enough to learn it. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@')
  if (at < 1) return 'another address'
  return `${address[0]}***${address.slice(at)}`
}

/** The DETAIL of a database error (drizzle wraps the driver's error in `cause`). */
function detailOf(error: unknown): string | null {
  const { detail, cause } = (error ?? {}) as { detail?: unknown; cause?: { detail?: unknown } }
  const found = cause?.detail ?? detail
  return typeof found === 'string' && found.includes('@') ? found : null
}

/** What each refusal of public.claim_portal_invitation means to the person holding the link. */
function claimError(error: unknown): ApiError | null {
  switch (sqlStateOf(error)) {
    case 'ZP404':
      return new ApiError('not_found', 'This invitation link is not valid. Open the whole link from the email, or ask your contractor to send a new invitation.')
    case 'ZP409':
      return new ApiError('conflict', 'This invitation was already used by someone else. Ask your contractor to send you a new one.')
    case 'ZP410':
      return new ApiError('gone', 'This invitation has expired or was withdrawn. Ask your contractor to send you a new one.')
    case 'ZP403': {
      const invited = detailOf(error)
      return new ApiError('forbidden', `This invitation was sent to ${invited ? maskEmail(invited) : 'another address'}. Sign in with that address.`)
    }
    default:
      return null
  }
}

/**
 * Links the signed-in person to the invited customer through public.claim_portal_invitation,
 * which checks the link (by its SHA-256), the email it was sent to, and that it is unused (or
 * used by this same person: opening it again is fine), unrevoked and unexpired, and audits the
 * claim. Returns the customer and the contractor's name.
 */
export async function claimPortalInvitation({ tx, userId, token }: Options): Promise<{ customerId: string; companyName: string }> {
  const tokenHash = await hashRefreshToken(token)
  let customerId: string
  try {
    const [row] = (await tx.execute(sql`select public.claim_portal_invitation(${tokenHash}) as customer_id`)) as unknown as { customer_id: string }[]
    if (!row) throw new Error('claim_portal_invitation returned no row')
    customerId = row.customer_id
  } catch (error) {
    throw claimError(error) ?? error
  }
  const customer = await requirePortalCustomer({ tx, userId, customerId })
  const company = await loadPortalCompany(tx, customer.companyId)
  return { customerId: customer.id, companyName: company.name }
}
