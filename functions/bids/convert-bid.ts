import { and, eq, ne } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids, companies, customers, invoices, jobs, trades } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { lineAsInput } from '../documents/line-items'
import { ApiError } from '../lib/errors'
import { createInvoice } from '../invoices/create-invoice'
import type { Invoice } from '../invoices/schemas'
import { findBidRow } from './find-bid-row'
import { getBid } from './get-bid'
import type { Bid, ConvertInput } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  bidId: string
  input: ConvertInput
  requestId?: string
}

type CreatedJob = { id: string; title: string; status: 'scheduled' | 'in_progress' | 'completed' | 'cancelled' }

/**
 * Turns an accepted bid into work: a scheduled job for the customer (linked back on the bid)
 * and/or a draft invoice with the bid's lines, discount and tax (its `bidId` set). Each is made
 * once: asking again for a job the bid already has, or for an invoice while a non-void one
 * from this bid exists, is refused with 409 and nothing is written.
 */
export async function convertBid({ tx, companyId, actorUserId, bidId, input, requestId }: Options): Promise<{ bid: Bid; job: CreatedJob | null; invoiceId: string | null }> {
  const row = await findBidRow({ tx, companyId, bidId, forUpdate: true })
  if (row.status !== 'accepted') {
    throw new ApiError('conflict', `Only accepted bids can be converted; ${row.number} is ${row.status}. Accept it first.`)
  }
  if (input.createJob && row.jobId) {
    throw new ApiError('conflict', `${row.number} already has a job. Convert with createJob false to make only the invoice.`)
  }
  if (input.createInvoice) {
    const [existing] = await tx
      .select({ number: invoices.number })
      .from(invoices)
      .where(and(eq(invoices.bidId, row.id), ne(invoices.status, 'void')))
    if (existing) throw new ApiError('conflict', `${row.number} was already converted to invoice ${existing.number}. Void that invoice to bill the bid again.`)
  }

  let job: CreatedJob | null = null
  if (input.createJob) {
    const [[company], [customer]] = await Promise.all([
      tx.select({ trades: companies.trades }).from(companies).where(eq(companies.id, companyId)),
      tx.select({ address: customers.address }).from(customers).where(eq(customers.id, row.customerId)),
    ])
    // The bid's own trade and kind of work carry over, so the job is filed where the bid was.
    const trade = row.trade ?? company?.trades.find((t) => (trades as readonly string[]).includes(t)) ?? 'general_contracting'
    const [created] = await tx
      .insert(jobs)
      .values({
        companyId,
        customerId: row.customerId,
        title: row.title ?? `Work from bid ${row.number}`,
        description: row.notes,
        trade,
        jobCategory: row.jobCategory,
        status: 'scheduled',
        address: customer?.address ?? null,
        createdBy: actorUserId,
      })
      .returning({ id: jobs.id, title: jobs.title, status: jobs.status })
    if (!created) throw new Error('insert returned no row')
    job = created
    await tx.update(bids).set({ jobId: created.id, updatedAt: new Date() }).where(eq(bids.id, row.id))
    await recordAudit({ tx, companyId, actorUserId, action: 'job.create', entityType: 'job', entityId: created.id, changes: { fromBidId: row.id }, requestId })
  }

  let invoice: Invoice | null = null
  if (input.createInvoice) {
    const source = await getBid({ tx, companyId, bidId: row.id })
    invoice = await createInvoice({
      tx,
      companyId,
      actorUserId,
      requestId,
      bidId: row.id,
      input: {
        customerId: source.customerId,
        jobId: source.jobId,
        notes: source.notes,
        lines: source.lines.map(lineAsInput),
        discountCents: source.discountCents,
        taxRateBps: source.taxRateBps,
      },
    })
  }
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'bid.convert',
    entityType: 'bid',
    entityId: row.id,
    changes: { jobId: job?.id ?? null, invoiceId: invoice?.id ?? null },
    requestId,
  })
  return { bid: await getBid({ tx, companyId, bidId: row.id }), job, invoiceId: invoice?.id ?? null }
}
