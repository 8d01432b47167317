import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { buildBidPdf } from '../bids/build-bid-pdf'
import { pdfResponse } from '../documents/pdf'
import { buildInvoicePdf } from '../invoices/build-invoice-pdf'
import { createRouter } from '../lib/app'
import type { AppEnv } from '../lib/context'
import { clientAddress } from '../lib/client-address'
import { ErrorSchema, errorResponses, fileResponse, json, jsonBody } from '../lib/openapi'
import { decidePortalQuote } from './decide-portal-quote'
import { findPortalInvoiceRow, findPortalQuoteRow } from './find-portal-document'
import { getPortalInvoice, listPortalInvoices } from './portal-invoices'
import { getPortalQuote, listPortalQuotes } from './portal-quotes'
import { portalRoute, portalScope } from './portal-route'
import { AcceptInput, CustomerParams, DeclineInput, PortalIdParams, PortalInvoice, PortalInvoiceSummary, PortalQuote, PortalQuoteSummary } from './schemas'

const decisionErrors = {
  409: json(ErrorSchema, 'Already accepted or declined, or the quote changed since you opened it'),
  410: json(ErrorSchema, 'The quote expired'),
}

/** Records the homeowner's answer with where they answered from and their browser. */
const decide = (c: Context<AppEnv>, bidId: string, decision: Parameters<typeof decidePortalQuote>[0]['decision'], contentHash: string) =>
  decidePortalQuote({ tx: c.get('tx'), bidId, decision, contentHash, ip: clientAddress(c), userAgent: c.req.header('user-agent') ?? null })

/** Quotes to read, sign or decline, and invoices to read, with their PDFs. */
export const documentRoutes = createRouter()
  .openapi(
    portalRoute({
      method: 'get',
      path: '/customers/{customerId}/quotes',
      summary: 'Your quotes',
      request: { params: CustomerParams },
      responses: { 200: json(z.array(PortalQuoteSummary), 'The quotes, latest first'), ...errorResponses },
    }),
    async (c) => c.json(await listPortalQuotes({ ...portalScope(c), customerId: c.req.valid('param').customerId }), 200),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/quotes/{id}',
      summary: 'One quote',
      description: 'Send `contentHash` back when you accept or decline: it proves which version you read.',
      request: { params: PortalIdParams },
      responses: { 200: json(PortalQuote, 'The quote'), ...errorResponses },
    }),
    async (c) => c.json(await getPortalQuote({ tx: c.get('tx'), bidId: c.req.valid('param').id }), 200),
  )
  .openapi(
    portalRoute({
      method: 'post',
      path: '/quotes/{id}/accept',
      summary: 'Accept a quote with your typed-name signature',
      description: 'Records your name, the time, your IP address and browser, and the version you accepted. The contractor sees it at once.',
      request: { params: PortalIdParams, body: jsonBody(AcceptInput) },
      responses: { 200: json(PortalQuote, 'The accepted quote'), ...decisionErrors, ...errorResponses },
    }),
    async (c) => {
      const { signedName, contentHash } = c.req.valid('json')
      return c.json(await decide(c, c.req.valid('param').id, { accept: true, signedName }, contentHash), 200)
    },
  )
  .openapi(
    portalRoute({
      method: 'post',
      path: '/quotes/{id}/decline',
      summary: 'Decline a quote, saying why',
      request: { params: PortalIdParams, body: jsonBody(DeclineInput) },
      responses: { 200: json(PortalQuote, 'The declined quote'), ...decisionErrors, ...errorResponses },
    }),
    async (c) => {
      const { reason, contentHash } = c.req.valid('json')
      return c.json(await decide(c, c.req.valid('param').id, { accept: false, reason }, contentHash), 200)
    },
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/quotes/{id}/pdf',
      summary: 'A quote as a PDF',
      request: { params: PortalIdParams },
      responses: { 200: fileResponse('application/pdf', 'The PDF'), ...errorResponses },
    }),
    async (c) => {
      const { tx } = portalScope(c)
      const row = await findPortalQuoteRow(tx, c.req.valid('param').id)
      const { bytes, fileName } = await buildBidPdf({ tx, storage: c.get('services').storage, companyId: row.companyId, bidId: row.id })
      return pdfResponse(bytes, fileName)
    },
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/customers/{customerId}/invoices',
      summary: 'Your invoices',
      request: { params: CustomerParams },
      responses: { 200: json(z.array(PortalInvoiceSummary), 'The invoices, latest first'), ...errorResponses },
    }),
    async (c) => c.json(await listPortalInvoices({ ...portalScope(c), customerId: c.req.valid('param').customerId }), 200),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/invoices/{id}',
      summary: 'One invoice with its payments',
      request: { params: PortalIdParams },
      responses: { 200: json(PortalInvoice, 'The invoice'), ...errorResponses },
    }),
    async (c) => c.json(await getPortalInvoice({ tx: c.get('tx'), invoiceId: c.req.valid('param').id }), 200),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/invoices/{id}/pdf',
      summary: 'An invoice as a PDF',
      request: { params: PortalIdParams },
      responses: { 200: fileResponse('application/pdf', 'The PDF'), ...errorResponses },
    }),
    async (c) => {
      const { tx } = portalScope(c)
      const row = await findPortalInvoiceRow(tx, c.req.valid('param').id)
      const { bytes, fileName } = await buildInvoicePdf({ tx, storage: c.get('services').storage, companyId: row.companyId, invoiceId: row.id })
      return pdfResponse(bytes, fileName)
    },
  )
