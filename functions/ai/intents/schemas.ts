import { z } from '@hono/zod-openapi'

export const IntentResult = z
  .object({
    entityType: z.string().openapi({ example: 'bid' }),
    id: z.uuid(),
    href: z.string().optional().openapi({ description: 'The CRM page of the record', example: '/crm/bids/view/?id=7f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11' }),
    message: z.string().openapi({ example: 'Drafted BID-0007 for Jane Parker, total $3,350.00. Review it before sending.' }),
  })
  .openapi('AiIntentResult')

const intentFields = {
  id: z.uuid(),
  action: z.string().openapi({ example: 'create_bid' }),
  summary: z.string().openapi({ example: 'Create bid for Jane Parker: 2 lines, total $3,350.00 (drafted by Z, needs your review before sending)' }),
}

export const ExecutedIntent = z
  .object({ intent: z.object({ ...intentFields, status: z.literal('executed'), result: IntentResult }) })
  .openapi('AiIntentExecuted')

export const CancelledIntent = z
  .object({ intent: z.object({ ...intentFields, status: z.literal('cancelled') }) })
  .openapi('AiIntentCancelled')
