import { and, desc, eq, ne, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids } from '../../db/schema'
import { getBid } from '../bids/get-bid'
import { todayIso } from '../documents/dates'
import { findPortalQuoteRow } from './find-portal-document'
import { loadPortalCompany } from './portal-company'
import { requirePortalCustomer } from './require-portal-customer'
import { PortalQuote, type PortalQuoteSummary } from './schemas'
import { portalQuoteStatus, toPortalLine, toPortalQuoteSummary } from './to-portal-documents'

/** The quotes a contractor sent this homeowner (never drafts), the latest first. */
export async function listPortalQuotes({ tx, userId, customerId }: { tx: Tx; userId: string; customerId: string }): Promise<PortalQuoteSummary[]> {
  const customer = await requirePortalCustomer({ tx, userId, customerId })
  const rows = await tx
    .select()
    .from(bids)
    .where(and(eq(bids.customerId, customer.id), ne(bids.status, 'draft')))
    .orderBy(desc(sql`coalesce(${bids.sentAt}, ${bids.createdAt})`), desc(bids.number))
  const today = todayIso()
  return rows.map((row) => toPortalQuoteSummary(row, today))
}

/**
 * One quote as the homeowner reads and signs it: lines and totals, the contractor, the
 * decision once made, whether it can still be decided, and the hash of exactly this content
 * (public.bid_content_hash), which accepting or declining must send back.
 */
export async function getPortalQuote({ tx, bidId }: { tx: Tx; bidId: string }): Promise<PortalQuote> {
  const row = await findPortalQuoteRow(tx, bidId)
  const [bid, company, [hashed]] = await Promise.all([
    getBid({ tx, companyId: row.companyId, bidId: row.id }),
    loadPortalCompany(tx, row.companyId),
    tx.execute(sql`select public.bid_content_hash(${row.id}) as hash`) as unknown as Promise<{ hash: string }[]>,
  ])
  if (!hashed?.hash) throw new Error(`bid ${row.id} has no content hash for this homeowner`)
  const status = portalQuoteStatus(bid, todayIso())
  return PortalQuote.parse({
    id: bid.id,
    number: bid.number,
    title: bid.title,
    status,
    notes: bid.notes,
    validUntil: bid.validUntil,
    sentAt: bid.sentAt,
    lines: bid.lines.map(toPortalLine),
    subtotalCents: bid.subtotalCents,
    discountCents: bid.discountCents,
    taxRateBps: bid.taxRateBps,
    taxCents: bid.taxCents,
    totalCents: bid.totalCents,
    contentHash: hashed.hash,
    company,
    decision: bid.decision ? { signedName: bid.decision.signedName, decidedAt: bid.decision.signedAt, reason: bid.decision.declineReason } : null,
    canDecide: status === 'sent',
  })
}
