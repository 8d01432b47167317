import type { Bid } from '../bids/schemas'
import { printedDate } from './dates'
import { contactLine, lineColumns, lineRows, totalRows, type PrintedCustomer } from './format'
import { BrandedPdf, type Letterhead } from './pdf'

type Options = { letterhead: Letterhead; bid: Bid; customer: PrintedCustomer }

/** A bid as the customer receives it: letterhead, who it is for, the lines and the totals. */
export async function renderBidPdf({ letterhead, bid, customer }: Options): Promise<Uint8Array> {
  const pdf = await BrandedPdf.create(letterhead, `Bid ${bid.number}`)
  const issued = (bid.sentAt ?? bid.createdAt).slice(0, 10)
  pdf.keyValues([
    ['Prepared for', customer.name],
    ['Bid number', bid.number],
    ['Address', customer.address ?? '-'],
    ['Date', printedDate(issued)],
    ['Contact', contactLine(customer) || '-'],
    ['Valid until', bid.validUntil ? printedDate(bid.validUntil) : 'Ask us'],
  ])
  if (bid.title) pdf.heading(bid.title)
  pdf.table(lineColumns, lineRows(bid.lines))
  pdf.totals(totalRows(bid))
  if (bid.notes) pdf.heading('Notes').paragraph(bid.notes)
  if (bid.status === 'accepted' && bid.acceptedAt) {
    pdf.paragraph(`Accepted on ${printedDate(bid.acceptedAt.slice(0, 10))}.`, { muted: true })
  } else {
    pdf.paragraph(`To accept this bid, reply to this email or call ${letterhead.phone ?? 'us'}. Prices are valid ${bid.validUntil ? `until ${printedDate(bid.validUntil)}` : 'for 30 days'}.`, {
      muted: true,
      size: 9,
    })
  }
  return pdf.save()
}
