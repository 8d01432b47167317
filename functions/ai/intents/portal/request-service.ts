import { z } from '@hono/zod-openapi'
import { sql } from 'drizzle-orm'
import type { Tx } from '../../../../db/client'
import { equipmentKindKey } from '../../../customers/equipment-kinds'
import { createServiceRequest } from '../../../service-requests/create-service-request'
import { readQuestion } from '../../layers/patterns/read-question'
import { SAFETY_FIRST } from '../../routing/safety-signals'
import { capitalize, quoted } from '../parse/text'
import type { PortalIntentAction } from './portal-intent-action'

export const serviceRequestTypes = ['problem', 'schedule_service', 'equipment_question'] as const

const typeLabels: Record<(typeof serviceRequestTypes)[number], string> = {
  problem: 'something’s wrong',
  schedule_service: 'schedule service',
  equipment_question: 'a question about equipment',
}

const SERVICE_WORDS =
  '(?:service|servicing|maintenance|tune[- ]?up|inspection|visit|appointment|repair|check[- ]?up|cleaning|estimate|quote|technician|tech|plumber|electrician|installer|roofer|someone|somebody|professional|pro)'
const VISIT_VERBS = '(?:come|stop by|swing by|look|check|take a look|inspect|quote|fix|repair|service|replace|install|call me|give me a quote|send someone)'

/** Asking the contractor for something: a request, a visit, a quote, someone to come. */
const ASKS = [
  /\b(?:send|submit|file|put in|make|open|create)\b[^.?!]{0,80}?\b(?:request|service call|work order)\b/i,
  new RegExp(`^(?:ask|tell|have|get|call)\\s+[^.?!]{1,60}?\\s+(?:to\\s+)?${VISIT_VERBS}\\b`, 'i'),
  new RegExp(`^(?:schedule|book|set up|arrange|request)\\s+[^.?!]{0,60}?\\b${SERVICE_WORDS}\\b`, 'i'),
  new RegExp(`^(?:i|we)(?:\\s+(?:need|want|would like)|'d like)\\s+[^.?!]{0,40}?\\b${SERVICE_WORDS}\\b`, 'i'),
  new RegExp(`^(?:can|could|would|will)\\s+(?:someone|somebody|you guys|a tech(?:nician)?|they|a plumber|an electrician|a pro)\\s+${VISIT_VERBS}\\b`, 'i'),
  /^(?:come (?:out|over|by|look|and look|take a look|check)|stop by|swing by|send (?:someone|somebody|a tech(?:nician)?|a plumber|an electrician))\b/i,
]

const TROUBLE =
  /\b(?:leak\w*|drip\w*|not working|isn't working|stopped working|won't (?:start|turn on|light|heat|cool|stop|drain|flush|shut off)|not (?:heating|cooling|draining|working|turning on)|no (?:heat|hot water|power|cooling|cold air|water pressure|water)|noise|noises|noisy|bang\w*|rattl\w*|buzz\w*|humming|squeal\w*|grinding|clicking|smell\w*|trip\w*|flicker\w*|broke\w*|crack\w*|clog\w*|backed up|overflow\w*|frozen|freez\w*|error code|spark\w*|burning|smok\w*|short[- ]cycl\w*|flood\w*|rust\w*|went out|goes out|keeps going out)\b/i

/** Saying something of theirs is wrong: "my water heater is leaking", "no hot water since Monday". */
const REPORTS = [
  /^(?:my|our|the)\s+[^.?!]{2,50}?\s+(?:is|are|'s|has|have|keeps|won't|will not|doesn't|does not|isn't|is not|stopped|started|smells|leaks|leaked|broke|quit|died|trips|tripped|makes|made|went|goes)\b/i,
  /^(?:there(?:'s| is| are)|(?:we|i) (?:have|got|'ve got))\s+[^.?!]{0,60}/i,
  /^no (?:heat|hot water|power|cooling|ac|a\/c|water)\b/i,
  /^(?:i|we)\s+(?:smell|hear|see|saw|noticed?|found)\b/i,
]

const DANGER =
  /\b(?:gas smell|smells? (?:of |like )?gas|smell(?:ing)? gas|rotten eggs?|carbon monoxide|co (?:alarm|detector)|sparks?|sparking|smoke|smoking|burning smell|smells? (?:of |like )?burning|on fire|fire)\b/i

const QUESTION = /\b(?:question|questions|ask (?:them|\w+(?: \w+)?) about|wondering)\b/i


const Params = z
  .object({
    customerId: z.uuid(),
    companyName: z.string().min(1),
    type: z.enum(serviceRequestTypes),
    description: z
      .string()
      .trim()
      .min(1, { error: 'What should I tell your contractor? Describe what you need in a sentence.' })
      .max(2000, { error: 'Keep a request under 2,000 characters; your contractor can ask for more once they have it.' }),
    equipmentId: z.uuid().nullable(),
    equipmentLabel: z.string().nullable(),
    propertyId: z.uuid().nullable(),
  })
  .strict()

type EquipmentRow = { id: string; kind: string; make: string | null; property_id: string | null }
type Owned = { equipment: EquipmentRow[]; properties: string[] }

/** The customer's equipment and properties, as the homeowner's RLS shows them. */
async function ownedBy(tx: Tx, customerId: string): Promise<Owned> {
  const [row] = await tx.execute<{ equipment: EquipmentRow[] | null; properties: string[] | null }>(sql`
    select (select jsonb_agg(jsonb_build_object('id', e.id, 'kind', e.kind, 'make', e.make, 'property_id', e.property_id) order by e.install_date nulls last)
              from public.equipment e where e.customer_id = ${customerId}::uuid) as equipment,
           (select jsonb_agg(p.id order by p.created_at) from public.properties p where p.customer_id = ${customerId}::uuid) as properties`)
  return { equipment: row?.equipment ?? [], properties: row?.properties ?? [] }
}

const labelOf = (equipment: EquipmentRow) => `${equipment.kind.toLowerCase()}${equipment.make ? ` (${equipment.make})` : ''}`

/**
 * "my water heater is leaking", "send Acme Plumbing a request: the AC won't cool", "schedule a
 * furnace tune-up" → a service request to the homeowner's contractor, as if sent from the
 * portal's request form: it reaches the contractor's CRM as a lead, only once they confirm.
 */
export const requestServiceIntent: PortalIntentAction<typeof Params> = {
  action: 'request_service',
  params: Params,
  recognize(message) {
    const asks = ASKS.some((form) => form.test(message))
    const reports = !asks && TROUBLE.test(message) && REPORTS.some((form) => form.test(message))
    if (!asks && !reports) return null
    const type = TROUBLE.test(message) ? 'problem' : QUESTION.test(message) ? 'equipment_question' : 'schedule_service'
    // "send Acme a request: the water heater leaks" → what comes after the colon is the request.
    const colon = /^[^:]{0,120}\brequest\b[^:]{0,60}:\s*(.+)$/i.exec(message)
    return { type, description: capitalize((colon?.[1] ?? message).trim()) }
  },
  async translate({ tx, relationship, session }, parts) {
    const owned = await ownedBy(tx, relationship.customerId)
    const sameCustomer = session.viewedCustomerId === relationship.customerId
    const viewedId = sameCustomer && typeof session.equipment?.id === 'string' ? session.equipment.id : null
    const named = readQuestion(parts.description ?? '', []).equipmentKinds
    const namedUnits = owned.equipment.filter((unit) => named.includes(equipmentKindKey(unit.kind)))
    const equipment = owned.equipment.find((unit) => unit.id === viewedId) ?? (namedUnits.length === 1 ? namedUnits[0]! : null)
    const viewedProperty = sameCustomer && typeof session.property?.id === 'string' && owned.properties.includes(session.property.id) ? session.property.id : null
    const propertyId = viewedProperty ?? equipment?.property_id ?? (owned.properties.length === 1 ? owned.properties[0]! : null)
    return {
      params: {
        customerId: relationship.customerId,
        companyName: relationship.company.name,
        type: parts.type,
        description: parts.description,
        equipmentId: equipment?.id ?? null,
        equipmentLabel: equipment ? labelOf(equipment) : null,
        propertyId,
      },
    }
  },
  summarize({ companyName, type, description, equipmentLabel }) {
    const text = description.length > 200 ? `${description.slice(0, 199).trimEnd()}…` : description
    return `Send ${companyName} a service request (${typeLabels[type]})${equipmentLabel ? ` about your ${equipmentLabel}` : ''}: ${quoted(text)}`
  },
  respond({ companyName, type, description }) {
    const warning = DANGER.test(description) ? `${SAFETY_FIRST} ` : ''
    const lead = type === 'problem' ? `That’s one for ${companyName} to look at. I prepared a service request for them` : `I prepared a request for ${companyName}`
    return `${warning}${lead}: check it, then confirm to send it. Nothing is sent until you confirm.`
  },
  async execute({ tx, actorUserId, requestId }, params) {
    const request = await createServiceRequest({
      tx,
      userId: actorUserId,
      customerId: params.customerId,
      input: {
        type: params.type,
        description: params.description,
        ...(params.equipmentId ? { equipmentId: params.equipmentId } : {}),
        ...(params.propertyId ? { propertyId: params.propertyId } : {}),
      },
      requestId,
    })
    return { entityType: 'service_request', id: request.id, href: '/portal/requests/', message: `Sent your request to ${params.companyName}. They will get back to you.` }
  },
}
