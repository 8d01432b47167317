import { TimelineItem, type TimelineType } from './history-schemas'

/** One row of the timeline query (raw SQL: times are already ISO strings). */
export type TimelineRow = {
  id: string
  type: TimelineType
  at: string
  subject: string
  detail: string | null
  entity_type: string
  entity_id: string
  amount_cents: number | null
  /** `client_portal` when the customer accepted or declined a bid there themself. */
  via: string | null
}

const labels: Record<TimelineType, string> = {
  'job.created': 'Job created',
  'job.started': 'Job started',
  'job.completed': 'Job completed',
  'job.cancelled': 'Job cancelled',
  'bid.created': 'Bid created',
  'bid.sent': 'Bid sent',
  'bid.accepted': 'Bid accepted',
  'bid.declined': 'Bid declined',
  'invoice.created': 'Invoice created',
  'invoice.sent': 'Invoice sent',
  'invoice.paid': 'Invoice paid',
  'invoice.void': 'Invoice voided',
  'payment.received': 'Payment received',
  'note.added': 'Note added',
  'message.received': 'Message from the customer',
  'message.sent': 'Message to the customer',
}

/** The API's view of a timeline row; amounts only when the caller may see money. */
export const toTimelineItem = (row: TimelineRow, includeMoney: boolean): TimelineItem =>
  TimelineItem.parse({
    id: row.id,
    type: row.type,
    at: row.at,
    title: `${labels[row.type]}${row.via === 'client_portal' ? ' in the client portal' : ''}: ${row.subject}`,
    detail: row.detail,
    entityType: row.entity_type,
    entityId: row.entity_id,
    ...(includeMoney && row.amount_cents !== null ? { amountCents: Number(row.amount_cents) } : {}),
  })
