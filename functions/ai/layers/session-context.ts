import { z } from '@hono/zod-openapi'

const screen = z.string().trim().min(1).max(60).regex(/^[a-z0-9_:-]+$/i, 'Screen names are letters, digits, _ : or -.')
const optionalId = z.uuid({ error: 'Must be a UUID.' }).optional()

/** Layer 4 as the client sends it with every call. Never persisted. */
export const SessionContext = z
  .object({
    current_screen: screen.optional(),
    screen_history: z.array(screen).max(10).optional(),
    active_job_id: optionalId,
    active_customer_id: optionalId,
    active_bid_id: optionalId,
    active_invoice_id: optionalId,
    active_equipment_id: optionalId.openapi({ description: 'Client portal: the piece of equipment being viewed.' }),
    active_property_id: optionalId.openapi({ description: 'Client portal: the property (home) being viewed.' }),
    active_quote_id: optionalId.openapi({ description: 'Client portal: the quote being viewed (a quote is a sent bid; the same as active_bid_id).' }),
    inferred_intent: z.string().trim().max(60).optional(),
    last_ai_summary: z.string().trim().max(500).optional(),
  })
  .openapi('ZSessionContext')
export type SessionContext = z.infer<typeof SessionContext>

/**
 * Navigation patterns → what the person is probably doing (the ZAFTO table, extended to
 * the CRM's screens). Checked against the end of the trail, most specific first. A wrong
 * guess costs one clarifying question, so this stays simple.
 */
const trails: { pattern: RegExp; intent: string }[] = [
  { pattern: /job_detail>(calculator>)?bid_(editor|creation|new)$/, intent: 'building_bid_for_job' },
  { pattern: /bid_(editor|creation|new)$/, intent: 'building_bid' },
  { pattern: /job_detail>job_photos$/, intent: 'documenting_or_diagnosing' },
  { pattern: /invoice_list(:overdue)?>invoice_detail$|invoice_list:overdue$/, intent: 'chasing_payments' },
  { pattern: /customer_list>customer_detail$/, intent: 'reviewing_customer' },
  { pattern: /job_calendar$|schedule(>open_slots)?$/, intent: 'scheduling_work' },
  { pattern: /job_detail$/, intent: 'reviewing_job' },
  { pattern: /invoice_detail$/, intent: 'reviewing_invoice' },
  { pattern: /bid_detail$/, intent: 'reviewing_bid' },
  { pattern: /leads$/, intent: 'working_pipeline' },
  { pattern: /time_clock$/, intent: 'tracking_time' },
  { pattern: /expenses$/, intent: 'recording_expenses' },
  { pattern: /dashboard$/, intent: 'reviewing_business' },
  // The client portal's pages.
  { pattern: /equipment_detail$/, intent: 'asking_about_equipment' },
  { pattern: /quote_detail$/, intent: 'reviewing_quote' },
  { pattern: /service_request(s|_new)?$/, intent: 'requesting_service' },
]

/** The client's intent if it sent one, else one inferred from the screen trail (or null). */
export function inferIntent(session: SessionContext): string | null {
  if (session.inferred_intent) return session.inferred_intent
  const trail = [...(session.screen_history ?? []), ...(session.current_screen ? [session.current_screen] : [])]
  const deduped = trail.filter((name, i) => name !== trail[i - 1])
  const joined = deduped.slice(-4).join('>')
  return trails.find(({ pattern }) => pattern.test(joined))?.intent ?? null
}
