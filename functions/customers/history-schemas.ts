import { z } from '@hono/zod-openapi'

export const timelineTypes = [
  'job.created',
  'job.started',
  'job.completed',
  'job.cancelled',
  'bid.created',
  'bid.sent',
  'bid.accepted',
  'bid.declined',
  'invoice.created',
  'invoice.sent',
  'invoice.paid',
  'invoice.void',
  'payment.received',
  'note.added',
  'message.received',
  'message.sent',
] as const
export type TimelineType = (typeof timelineTypes)[number]

export const timelineEntityTypes = ['job', 'bid', 'invoice', 'message_thread'] as const

/** `<ISO time>~<item id>`: the position of an item in the newest-first order. */
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2}))(?:~([a-z_.]+:[0-9a-f-]{36}))?$/

export const TimelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  before: z
    .string()
    .regex(CURSOR, { error: 'Use an ISO date-time (e.g. 2025-05-01T00:00:00Z) or the nextBefore of the previous page.' })
    .optional()
    .openapi({ description: 'Only items older than this: an ISO date-time, or `nextBefore` from the previous page' }),
})

/** Splits a `before` value into its time and (when it came from a previous page) its item id. */
export function parseTimelineCursor(before: string): { at: string; id: string | null } {
  const match = CURSOR.exec(before)
  if (!match) throw new RangeError(`Not a timeline cursor: ${before}`)
  return { at: match[1]!, id: match[2] ?? null }
}

export const TimelineItem = z
  .object({
    id: z.string().openapi({ description: 'Unique per item: `<type>:<source row id>`', example: 'job.created:7f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11' }),
    type: z.enum(timelineTypes),
    at: z.iso.datetime().openapi({ description: 'When it happened (UTC, microseconds)' }),
    title: z.string().openapi({ example: 'Bid sent: BID-0004 · Panel upgrade' }),
    detail: z.string().nullable(),
    entityType: z.enum(timelineEntityTypes).openapi({ description: 'The record to open for this item' }),
    entityId: z.uuid(),
    amountCents: z.number().int().optional().openapi({ description: 'Bids, invoices and payments; never shown to techs' }),
  })
  .openapi('TimelineItem')

export const Timeline = z
  .object({
    data: z.array(TimelineItem),
    nextBefore: z.string().nullable().openapi({ description: 'Pass as `before` for the next (older) page; null at the end' }),
  })
  .openapi('CustomerTimeline')

export const CustomerStats = z
  .object({
    customerId: z.uuid(),
    jobs: z.object({
      total: z.number().int(),
      scheduled: z.number().int(),
      in_progress: z.number().int(),
      completed: z.number().int(),
      cancelled: z.number().int(),
    }),
    revenueCents: z.number().int().optional().openapi({ description: 'Payments received (staff only)' }),
    lifetimeBilledCents: z.number().int().optional().openapi({ description: 'Totals of sent, partial and paid invoices (staff only)' }),
    openBalanceCents: z.number().int().optional().openapi({ description: 'Unpaid remainder of sent and partial invoices (staff only)' }),
    overdueBalanceCents: z.number().int().optional().openapi({ description: 'The part of the open balance past its due date (staff only)' }),
  })
  .openapi('CustomerStats')

export type TimelineItem = z.output<typeof TimelineItem>
export type Timeline = z.output<typeof Timeline>
export type CustomerStats = z.output<typeof CustomerStats>
