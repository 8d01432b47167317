import { createRoute, z } from '@hono/zod-openapi'
import { pdfResponse } from '../documents/pdf'
import { createTenantRouter } from '../lib/app'
import { errorResponses, ErrorSchema, fileResponse, IdParams, json, jsonBody } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { buildBidPdf } from './build-bid-pdf'
import { changeBidStatus } from './change-bid-status'
import { convertBid } from './convert-bid'
import { createBid } from './create-bid'
import { deleteBid } from './delete-bid'
import { duplicateBid } from './duplicate-bid'
import { getBid } from './get-bid'
import { listBids } from './list-bids'
import { reviewBid } from './review-bid'
import { Bid, BidInput, BidList, BidListQuery, BidPatch, ConvertInput, ConvertResult, DeclineInput, SendResult } from './schemas'
import { sendBid } from './send-bid'
import { updateBid } from './update-bid'

const tags = ['Bids']
const security = [{ bearerAuth: [] }]
const conflict = { 409: json(ErrorSchema, 'Not allowed in the bid’s current state; the message says what is') }

/** A state-machine step: `POST /bids/{id}/<path>` with no body. */
const stepRoute = (path: string, summary: string, description: string) =>
  createRoute({
    method: 'post',
    path: `/{id}/${path}`,
    tags,
    security,
    summary,
    description,
    middleware: [requirePermission('bids:write')] as const,
    request: { params: IdParams },
    responses: { 200: json(Bid, 'The bid in its new state'), ...conflict, ...errorResponses },
  })

export const bidsRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'List bids',
      description: 'Newest first. Filters: status, customerId, search (number, title or customer name).',
      middleware: [requirePermission('bids:read')] as const,
      request: { query: BidListQuery },
      responses: { 200: json(BidList, 'A page of bids'), ...errorResponses },
    }),
    async (c) => c.json(await listBids({ ...tenantScope(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Create a draft bid',
      description:
        'Numbered per company (`BID-0001`). Line totals, subtotal, discount, tax and total are computed on the server in integer cents; a discount above the subtotal is refused (422). The customer (and job) must be your company’s.',
      middleware: [requirePermission('bids:write')] as const,
      request: { body: jsonBody(BidInput) },
      responses: { 201: json(Bid, 'The new bid'), ...errorResponses },
    }),
    async (c) => c.json(await createBid({ ...tenantScope(c), input: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'Get a bid with its lines',
      middleware: [requirePermission('bids:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(Bid, 'The bid'), ...errorResponses },
    }),
    async (c) => c.json(await getBid({ ...tenantScope(c), bidId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      security,
      summary: 'Edit a draft bid',
      description: '`lines` replaces every line; totals are recomputed. Only drafts can be edited (409 otherwise): duplicate a sent bid to revise it.',
      middleware: [requirePermission('bids:write')] as const,
      request: { params: IdParams, body: jsonBody(BidPatch) },
      responses: { 200: json(Bid, 'The updated bid'), ...conflict, ...errorResponses },
    }),
    async (c) => c.json(await updateBid({ ...tenantScope(c), bidId: c.req.valid('param').id, patch: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      security,
      summary: 'Delete a draft bid',
      description: 'A bid that has been sent stays on record (409): decline or expire it instead.',
      middleware: [requirePermission('bids:write')] as const,
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' }, ...conflict, ...errorResponses },
    }),
    async (c) => {
      await deleteBid({ ...tenantScope(c), bidId: c.req.valid('param').id })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/pdf',
      tags,
      security,
      summary: 'The bid as a branded PDF',
      description: 'Company name, address and logo; customer; lines; subtotal, discount, tax and total.',
      middleware: [requirePermission('bids:read')] as const,
      request: { params: IdParams },
      responses: { 200: fileResponse('application/pdf', 'The PDF'), ...errorResponses },
    }),
    async (c) => {
      const { bytes, fileName } = await buildBidPdf({ ...tenantScope(c), storage: c.get('services').storage, bidId: c.req.valid('param').id })
      return pdfResponse(bytes, fileName)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/send',
      tags,
      security,
      summary: 'Email the bid to the customer',
      description:
        'Renders the PDF, stores it, records the email in the outbox with the PDF attached and hands it to the mailer. When the mailer accepts it a draft becomes `sent`; a sent bid can be sent again. When the mailer refuses, the answer is still 200 with `email.status` = `failed` and its `error`, and the bid is unchanged. A customer without an email address is a 422; a bid Z drafted must be reviewed first (409).',
      middleware: [requirePermission('bids:write')] as const,
      request: { params: IdParams },
      responses: { 200: json(SendResult, 'The bid and the outbox record'), ...conflict, ...errorResponses },
    }),
    async (c) => {
      const { storage, mailer } = c.get('services')
      return c.json(await sendBid({ ...tenantScope(c), storage, mailer, bidId: c.req.valid('param').id }), 200)
    },
  )
  .openapi(
    stepRoute('mark-sent', 'Record a draft bid as sent without emailing it', 'For a bid handed over in person or sent outside ZAFTO. draft → sent.'),
    async (c) => c.json(await changeBidStatus({ ...tenantScope(c), bidId: c.req.valid('param').id, action: 'mark_sent' }), 200),
  )
  .openapi(stepRoute('accept', 'The customer accepted the bid', 'sent → accepted; stamps acceptedAt.'), async (c) =>
    c.json(await changeBidStatus({ ...tenantScope(c), bidId: c.req.valid('param').id, action: 'accept' }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/decline',
      tags,
      security,
      summary: 'The customer declined the bid',
      description: 'sent → declined; stamps declinedAt and keeps the reason when given. The body is optional.',
      middleware: [requirePermission('bids:write')] as const,
      request: { params: IdParams, body: { required: false, content: { 'application/json': { schema: DeclineInput } } } },
      responses: { 200: json(Bid, 'The declined bid'), ...conflict, ...errorResponses },
    }),
    async (c) => {
      const { reason } = c.req.valid('json') as z.output<typeof DeclineInput>
      return c.json(await changeBidStatus({ ...tenantScope(c), bidId: c.req.valid('param').id, action: 'decline', reason }), 200)
    },
  )
  .openapi(stepRoute('expire', 'The bid ran out without an answer', 'sent → expired.'), async (c) =>
    c.json(await changeBidStatus({ ...tenantScope(c), bidId: c.req.valid('param').id, action: 'expire' }), 200),
  )
  .openapi(
    stepRoute('review', 'Record that you reviewed a draft bid', 'Sets reviewedBy to you. A bid Z drafted (createdByAi) cannot be sent until a person reviews it.'),
    async (c) => c.json(await reviewBid({ ...tenantScope(c), bidId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/duplicate',
      tags,
      security,
      summary: 'Copy a bid into a new draft',
      description: 'Same customer, job, lines, discount, tax and notes; the next number; any state of the original.',
      middleware: [requirePermission('bids:write')] as const,
      request: { params: IdParams },
      responses: { 201: json(Bid, 'The new draft'), ...errorResponses },
    }),
    async (c) => c.json(await duplicateBid({ ...tenantScope(c), bidId: c.req.valid('param').id }), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/convert',
      tags,
      security,
      summary: 'Turn an accepted bid into a job and/or an invoice',
      description:
        'createJob makes a scheduled job for the customer titled after the bid and links it on the bid; createInvoice makes a draft invoice with the bid’s lines, discount and tax (bidId set, job linked). Not idempotent: each is made once, and asking again is a 409 that writes nothing (a voided invoice frees the bid to be billed again).',
      middleware: [requirePermission('bids:write')] as const,
      request: { params: IdParams, body: jsonBody(ConvertInput) },
      responses: { 201: json(ConvertResult, 'What was created'), ...conflict, ...errorResponses },
    }),
    async (c) => c.json(await convertBid({ ...tenantScope(c), bidId: c.req.valid('param').id, input: c.req.valid('json') }), 201),
  )
