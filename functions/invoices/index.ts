import { createRoute, z } from '@hono/zod-openapi'
import { pdfResponse } from '../documents/pdf'
import { createTenantRouter } from '../lib/app'
import { csvResponse } from '../lib/csv'
import { errorResponses, ErrorSchema, fileResponse, IdParams, json, jsonBody } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { buildInvoicePdf } from './build-invoice-pdf'
import { changeInvoiceStatus } from './change-invoice-status'
import { createInvoice } from './create-invoice'
import { deletePayment } from './delete-payment'
import { exportInvoices } from './export-invoices'
import { getInvoice } from './get-invoice'
import { invoiceAging } from './invoice-aging'
import { listInvoices } from './list-invoices'
import { recordPayment } from './record-payment'
import { reviewInvoice } from './review-invoice'
import {
  Aging,
  AgingQuery,
  Invoice,
  InvoiceFilterQuery,
  InvoiceInput,
  InvoiceList,
  InvoiceListQuery,
  InvoicePatch,
  InvoiceSendResult,
  PaymentInput,
  PaymentResult,
  VoidInput,
} from './schemas'
import { sendInvoice } from './send-invoice'
import { updateInvoice } from './update-invoice'

const tags = ['Invoices']
const security = [{ bearerAuth: [] }]
const conflict = { 409: json(ErrorSchema, 'Not allowed in the invoice’s current state; the message says what is') }

/**
 * Reversing money already received is for owners and admins only. permissions.ts has no
 * `payments:delete` entry yet; once it has, this becomes `requirePermission('payments:delete')`.
 */
const PaymentParams = IdParams.extend({
  paymentId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'paymentId', in: 'path' } }),
})

export const invoicesRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'List invoices',
      description: 'Newest first. `status=overdue` selects sent or partly paid invoices past their due date (overdue is derived, never stored).',
      middleware: [requirePermission('invoices:read')] as const,
      request: { query: InvoiceListQuery },
      responses: { 200: json(InvoiceList, 'A page of invoices'), ...errorResponses },
    }),
    async (c) => c.json(await listInvoices({ ...tenantScope(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/aging',
      tags,
      security,
      summary: 'Accounts receivable aging',
      description: 'Open balances (sent or partly paid) by days past due: current, 1–30, 31–60, 61–90, 90+, with totals and counts.',
      middleware: [requirePermission('invoices:read')] as const,
      request: { query: AgingQuery },
      responses: { 200: json(Aging, 'The aging buckets'), ...errorResponses },
    }),
    async (c) => c.json(await invoiceAging({ ...tenantScope(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/export.csv',
      tags,
      security,
      summary: 'Export invoices as CSV',
      description: 'The same filters as the list; amounts in dollars (`1234.50`).',
      middleware: [requirePermission('exports:read')] as const,
      request: { query: InvoiceFilterQuery },
      responses: { 200: fileResponse('text/csv', 'The CSV file'), ...errorResponses },
    }),
    async (c) => csvResponse(await exportInvoices({ ...tenantScope(c), ...c.req.valid('query') }), 'invoices.csv'),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Create a draft invoice from scratch',
      description:
        'Numbered per company (`INV-0001`); issued today and due in 30 days unless given. Totals are computed on the server in integer cents. To bill an accepted bid, use POST /bids/{id}/convert.',
      middleware: [requirePermission('invoices:write')] as const,
      request: { body: jsonBody(InvoiceInput) },
      responses: { 201: json(Invoice, 'The new invoice'), ...errorResponses },
    }),
    async (c) => c.json(await createInvoice({ ...tenantScope(c), input: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'Get an invoice with its lines and payments',
      middleware: [requirePermission('invoices:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(Invoice, 'The invoice'), ...errorResponses },
    }),
    async (c) => c.json(await getInvoice({ ...tenantScope(c), invoiceId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      security,
      summary: 'Edit an invoice',
      description:
        'A draft changes freely (`lines` replaces every line; totals are recomputed). Once sent, only notes and the due date change (409 for anything else); paid and void invoices not at all.',
      middleware: [requirePermission('invoices:write')] as const,
      request: { params: IdParams, body: jsonBody(InvoicePatch) },
      responses: { 200: json(Invoice, 'The updated invoice'), ...conflict, ...errorResponses },
    }),
    async (c) => c.json(await updateInvoice({ ...tenantScope(c), invoiceId: c.req.valid('param').id, patch: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/pdf',
      tags,
      security,
      summary: 'The invoice as a branded PDF',
      description: 'Company name, address and logo; customer; lines; totals; payments received and the balance due.',
      middleware: [requirePermission('invoices:read')] as const,
      request: { params: IdParams },
      responses: { 200: fileResponse('application/pdf', 'The PDF'), ...errorResponses },
    }),
    async (c) => {
      const { bytes, fileName } = await buildInvoicePdf({ ...tenantScope(c), storage: c.get('services').storage, invoiceId: c.req.valid('param').id })
      return pdfResponse(bytes, fileName)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/send',
      tags,
      security,
      summary: 'Email the invoice to the customer',
      description:
        'Renders the PDF, stores it, records the email in the outbox with the PDF attached and hands it to the mailer. When the mailer accepts it a draft becomes `sent`; an open invoice can be sent again as a reminder. When the mailer refuses, the answer is still 200 with `email.status` = `failed` and its `error`, and the invoice is unchanged. A customer without an email address is a 422.',
      middleware: [requirePermission('invoices:write')] as const,
      request: { params: IdParams },
      responses: { 200: json(InvoiceSendResult, 'The invoice and the outbox record'), ...conflict, ...errorResponses },
    }),
    async (c) => {
      const { storage, mailer } = c.get('services')
      return c.json(await sendInvoice({ ...tenantScope(c), storage, mailer, invoiceId: c.req.valid('param').id }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/mark-sent',
      tags,
      security,
      summary: 'Record a draft invoice as sent without emailing it',
      description: 'For an invoice handed over in person or sent outside ZAFTO. draft → sent.',
      middleware: [requirePermission('invoices:write')] as const,
      request: { params: IdParams },
      responses: { 200: json(Invoice, 'The sent invoice'), ...conflict, ...errorResponses },
    }),
    async (c) => c.json(await changeInvoiceStatus({ ...tenantScope(c), invoiceId: c.req.valid('param').id, action: 'mark_sent' }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/void',
      tags,
      security,
      summary: 'Void an invoice',
      description: 'A draft or an unpaid sent invoice. An invoice with payments cannot be voided (409): refund and delete the payments first. The body is optional.',
      middleware: [requirePermission('invoices:write')] as const,
      request: { params: IdParams, body: { required: false, content: { 'application/json': { schema: VoidInput } } } },
      responses: { 200: json(Invoice, 'The void invoice'), ...conflict, ...errorResponses },
    }),
    async (c) => {
      const { reason } = c.req.valid('json') as z.output<typeof VoidInput>
      return c.json(await changeInvoiceStatus({ ...tenantScope(c), invoiceId: c.req.valid('param').id, action: 'void', reason }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/review',
      tags,
      security,
      summary: 'Record that you reviewed a draft invoice',
      description: 'Sets reviewedBy to you. An invoice Z drafted (createdByAi) cannot be sent until a person reviews it.',
      middleware: [requirePermission('invoices:write')] as const,
      request: { params: IdParams },
      responses: { 200: json(Invoice, 'The reviewed invoice'), ...conflict, ...errorResponses },
    }),
    async (c) => c.json(await reviewInvoice({ ...tenantScope(c), invoiceId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/payments',
      tags,
      security,
      summary: 'Record a payment',
      description:
        'Moves the invoice to `partial` or `paid` in the same transaction. Refused: a draft or void invoice, or one already paid (409); an amount above the balance (422, the message gives the balance).',
      middleware: [requirePermission('payments:write')] as const,
      request: { params: IdParams, body: jsonBody(PaymentInput) },
      responses: { 201: json(PaymentResult, 'The payment and the updated invoice'), ...conflict, ...errorResponses },
    }),
    async (c) => c.json(await recordPayment({ ...tenantScope(c), invoiceId: c.req.valid('param').id, input: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}/payments/{paymentId}',
      tags,
      security,
      summary: 'Reverse a payment (owners and admins)',
      description: 'Removes a payment recorded by mistake or refunded; the invoice goes back to `partial` or `sent`.',
      middleware: [requirePermission('payments:delete')] as const,
      request: { params: PaymentParams },
      responses: { 200: json(Invoice, 'The invoice without the payment'), ...errorResponses },
    }),
    async (c) => {
      const { id, paymentId } = c.req.valid('param')
      return c.json(await deletePayment({ ...tenantScope(c), invoiceId: id, paymentId }), 200)
    },
  )
