import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { printedDate } from '../documents/dates'
import { ApiError, notFound, sqlStateOf } from '../lib/errors'
import { findPortalQuoteRow } from './find-portal-document'
import { loadPortalCompany } from './portal-company'
import { getPortalQuote } from './portal-quotes'
import type { PortalQuote } from './schemas'

type Options = {
  tx: Tx
  bidId: string
  /** Accept with a typed-name signature, or decline with a reason. */
  decision: { accept: true; signedName: string } | { accept: false; reason: string }
  /** The hash of the content the homeowner read (PortalQuote.contentHash). */
  contentHash: string
  /** Where the homeowner answered from (see clientAddress) and with what browser. */
  ip: string | null
  userAgent: string | null
}

/** What a refusal of public.portal_decide_bid tells the homeowner, with the quote as it now stands. */
async function refusal(tx: Tx, bidId: string, state: string | undefined): Promise<ApiError | null> {
  switch (state) {
    case 'ZP404':
      return notFound('Quote')
    case 'ZP409': {
      const row = await findPortalQuoteRow(tx, bidId)
      const decidedAt = row.status === 'accepted' ? row.acceptedAt : row.declinedAt
      const on = decidedAt ? ` on ${printedDate(decidedAt.toISOString().slice(0, 10))}` : ''
      return new ApiError('conflict', `This quote was already ${row.status}${on}. Contact the contractor to change it.`)
    }
    case 'ZP410': {
      const row = await findPortalQuoteRow(tx, bidId)
      const company = await loadPortalCompany(tx, row.companyId)
      const on = row.validUntil ? ` on ${printedDate(row.validUntil)}` : ''
      return new ApiError('gone', `This quote expired${on}. Ask ${company.name} for an updated quote.`)
    }
    case 'ZP412':
      return new ApiError('conflict', 'This quote changed since you opened it. Review the new version and sign again.')
    default:
      return null
  }
}

/**
 * Accepts or declines a sent quote through public.portal_decide_bid, which refuses drafts and
 * other people's quotes, decided and expired ones, and content that changed since the
 * homeowner read it, and records the signature (name, time, address, browser, content hash)
 * and the audit row. The call runs in a savepoint so a refusal can still read the quote to
 * say when it was decided or expired. Returns the quote as it now stands.
 */
export async function decidePortalQuote({ tx, bidId, decision, contentHash, ip, userAgent }: Options): Promise<PortalQuote> {
  const signedName = decision.accept ? decision.signedName : null
  const reason = decision.accept ? null : decision.reason
  try {
    await tx.transaction(async (savepoint) => {
      await savepoint.execute(
        sql`select public.portal_decide_bid(${bidId}, ${decision.accept}, ${contentHash}, ${signedName}, ${reason}, ${ip}, ${userAgent?.slice(0, 500) ?? null})`,
      )
    })
  } catch (error) {
    throw (await refusal(tx, bidId, sqlStateOf(error))) ?? error
  }
  return getPortalQuote({ tx, bidId })
}
