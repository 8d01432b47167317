import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../../../db/client'
import { customers, invoices, type invoiceStatuses } from '../../../../db/schema'
import type { Resolved } from './resolve-customer'

export type InvoiceMatch = {
  id: string
  number: string
  status: (typeof invoiceStatuses)[number]
  totalCents: number
  amountPaidCents: number
  customerName: string
}

/** "INV-0012", "INV-12", "inv 12", "invoice #12", "invoice number 12". */
export const INVOICE_REFERENCE = /\b(?:inv[-\s]?#?\s?|invoice\s*(?:#|no\.?|number)?\s*)(\d{1,6})\b/i

/** The invoice number as the company's counter writes it (`INV-0012`). */
export const invoiceNumber = (digits: string) => `INV-${String(Number(digits)).padStart(4, '0')}`

/** The invoice a message names by number, through the caller's own RLS-scoped query. */
export async function resolveInvoice(tx: Tx, companyId: string, reference: string): Promise<Resolved<InvoiceMatch>> {
  const number = invoiceNumber(reference)
  const [invoice] = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      status: invoices.status,
      totalCents: invoices.totalCents,
      amountPaidCents: invoices.amountPaidCents,
      customerName: customers.name,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(and(eq(invoices.companyId, companyId), eq(invoices.number, number)))
  return invoice ? { found: invoice } : { clarify: `I couldn't find invoice ${number}. Check the number on the invoice list.` }
}
