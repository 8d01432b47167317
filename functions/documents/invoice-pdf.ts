import type { Invoice } from '../invoices/schemas'
import { formatCents } from '../lib/money'
import { printedDate } from './dates'
import { contactLine, lineColumns, lineRows, totalRows, type PrintedCustomer } from './format'
import { BrandedPdf, type Letterhead } from './pdf'

type Options = { letterhead: Letterhead; invoice: Invoice; customer: PrintedCustomer }

const statusLabels: Record<Invoice['displayStatus'], string> = {
  draft: 'Draft',
  sent: 'Due',
  partial: 'Partly paid',
  paid: 'Paid',
  void: 'Void',
  overdue: 'Overdue',
}

const methodLabels = { cash: 'Cash', check: 'Check', card: 'Card', ach: 'Bank transfer (ACH)', other: 'Other' } as const

/** An invoice as the customer receives it: lines, totals, payments received and the balance due. */
export async function renderInvoicePdf({ letterhead, invoice, customer }: Options): Promise<Uint8Array> {
  const pdf = await BrandedPdf.create(letterhead, `Invoice ${invoice.number}`)
  pdf.keyValues([
    ['Bill to', customer.name],
    ['Invoice number', invoice.number],
    ['Address', customer.address ?? '-'],
    ['Issue date', printedDate(invoice.issueDate)],
    ['Contact', contactLine(customer) || '-'],
    ['Due date', printedDate(invoice.dueDate)],
    ['Status', statusLabels[invoice.displayStatus]],
    ['Reference', invoice.bid ? `Bid ${invoice.bid.number}` : '-'],
  ])
  pdf.table(lineColumns, lineRows(invoice.lines))
  pdf.totals(totalRows(invoice))
  if (invoice.payments.length > 0) {
    pdf.heading('Payments received')
    pdf.table(
      [
        { label: 'Date', width: 0.2 },
        { label: 'Method', width: 0.3 },
        { label: 'Reference', width: 0.3 },
        { label: 'Amount', width: 0.2, align: 'right' },
      ],
      invoice.payments.map((p) => [printedDate(p.paidOn), methodLabels[p.method], p.reference ?? '', formatCents(p.amountCents)]),
    )
  }
  pdf.totals([
    ['Paid to date', formatCents(invoice.amountPaidCents)],
    ['Balance due', formatCents(invoice.balanceCents)],
  ])
  if (invoice.status === 'void') pdf.paragraph('This invoice has been voided; nothing is owed on it.', { muted: true })
  if (invoice.notes) pdf.heading('Notes').paragraph(invoice.notes)
  return pdf.save()
}
