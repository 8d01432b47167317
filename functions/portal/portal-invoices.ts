import { and, desc, eq, ne, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoices } from '../../db/schema'
import { todayIso } from '../documents/dates'
import { getInvoice } from '../invoices/get-invoice'
import { findPortalInvoiceRow } from './find-portal-document'
import { loadPortalCompany } from './portal-company'
import { requirePortalCustomer } from './require-portal-customer'
import { PortalInvoice, type PortalInvoiceSummary } from './schemas'
import { toPortalInvoiceSummary, toPortalLine } from './to-portal-documents'

/** The invoices a contractor sent this homeowner (never drafts), the latest first. */
export async function listPortalInvoices({ tx, userId, customerId }: { tx: Tx; userId: string; customerId: string }): Promise<PortalInvoiceSummary[]> {
  const customer = await requirePortalCustomer({ tx, userId, customerId })
  const rows = await tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.customerId, customer.id), ne(invoices.status, 'draft')))
    .orderBy(desc(sql`coalesce(${invoices.issueDate}, ${invoices.createdAt}::date)`), desc(invoices.number))
  const today = todayIso()
  return rows.map((row) => toPortalInvoiceSummary(row, today))
}

/** One invoice with its lines, the payments received and the contractor; 404 unless it is the caller's. */
export async function getPortalInvoice({ tx, invoiceId }: { tx: Tx; invoiceId: string }): Promise<PortalInvoice> {
  const row = await findPortalInvoiceRow(tx, invoiceId)
  const today = todayIso()
  const [invoice, company] = await Promise.all([getInvoice({ tx, companyId: row.companyId, invoiceId: row.id, today }), loadPortalCompany(tx, row.companyId)])
  return PortalInvoice.parse({
    ...toPortalInvoiceSummary(row, today),
    subtotalCents: invoice.subtotalCents,
    discountCents: invoice.discountCents,
    taxRateBps: invoice.taxRateBps,
    taxCents: invoice.taxCents,
    notes: invoice.notes,
    sentAt: invoice.sentAt,
    lines: invoice.lines.map(toPortalLine),
    payments: invoice.payments.map((payment) => ({ amountCents: payment.amountCents, paidOn: payment.paidOn, method: payment.method })),
    company,
  })
}
