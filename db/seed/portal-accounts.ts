import type postgres from 'postgres'
import { createUser, findUserByEmail } from '../../functions/auth/users'
import type { Sql } from '../client'
import { DEMO_PASSWORD } from './people'

/** The embedded default's platform staff account (app_metadata role `ops`). */
export const OPS_ACCOUNT = { email: 'ops@zafto.test', name: 'Avery Quinn' }

/** A demo customer who signs in to the client portal (password DEMO_PASSWORD). */
export const HOMEOWNER_ACCOUNT = { email: 'priya.n@example.com', name: 'Priya Natarajan' }

/**
 * Makes sure the embedded default has an ops account and a homeowner linked to their demo
 * customer record. Idempotent: runs on every start of the embedded default, so databases
 * seeded before these accounts existed get them too. Returns the accounts it could set up.
 */
export async function seedPortalAccounts(sql: Sql): Promise<{ ops: string; homeowner: string | null }> {
  const ops =
    (await createUser({ sql, email: OPS_ACCOUNT.email, password: DEMO_PASSWORD, userMetadata: { full_name: OPS_ACCOUNT.name }, appMetadata: { role: 'ops' } })) ??
    (await findUserByEmail(sql, OPS_ACCOUNT.email))
  if (!ops) throw new Error(`ops account ${OPS_ACCOUNT.email} could not be created`)
  await sql`
    update auth.users set raw_app_meta_data = raw_app_meta_data || '{"role":"ops"}'::jsonb
    where id = ${ops.id} and coalesce(raw_app_meta_data ->> 'role', '') <> 'ops'`

  const [customer] = await sql<{ id: string; portal_user_id: string | null }[]>`
    select id, portal_user_id from public.customers where lower(email) = ${HOMEOWNER_ACCOUNT.email} order by created_at limit 1`
  if (!customer) return { ops: OPS_ACCOUNT.email, homeowner: null }
  if (!customer.portal_user_id) {
    const homeowner =
      (await createUser({ sql, email: HOMEOWNER_ACCOUNT.email, password: DEMO_PASSWORD, userMetadata: { full_name: HOMEOWNER_ACCOUNT.name } })) ??
      (await findUserByEmail(sql, HOMEOWNER_ACCOUNT.email))
    if (!homeowner) return { ops: OPS_ACCOUNT.email, homeowner: null }
    await sql.begin(async (tx) => {
      await tx`update public.customers set portal_user_id = ${homeowner.id} where id = ${customer.id}`
      await addPortalWelcome(tx, customer.id)
    })
  }
  return { ops: OPS_ACCOUNT.email, homeowner: HOMEOWNER_ACCOUNT.email }
}

/**
 * What the homeowner finds on their first visit: their oldest water heater is past its typical
 * life, so the contractor has sent a replacement quote (valid 30 days) and a message about it.
 */
async function addPortalWelcome(tx: postgres.TransactionSql, customerId: string) {
  const [site] = await tx<{ company_id: string; owner_id: string | null; property_id: string | null; make: string | null }[]>`
    select c.company_id,
           (select m.user_id from public.company_members m where m.company_id = c.company_id and m.role = 'owner' limit 1) as owner_id,
           e.property_id, e.make
    from public.customers c
    left join lateral (select property_id, make from public.equipment
                       where customer_id = c.id and kind = 'Water heater' order by install_date nulls last limit 1) e on true
    where c.id = ${customerId}`
  if (!site) return
  const lines = [
    { description: `50-gallon water heater${site.make ? ` (${site.make})` : ''}, installed`, quantity: '1', unit: null, unitPriceCents: 148_000, type: 'material' },
    { description: 'Removal and disposal of the old tank, permit and inspection', quantity: '1', unit: null, unitPriceCents: 65_000, type: 'labor' },
  ]
  const total = lines.reduce((sum, line) => sum + line.unitPriceCents, 0)
  const [bid] = await tx<{ id: string }[]>`
    with next as (
      update public.document_counters set last_value = last_value + 1
      where company_id = ${site.company_id} and kind = 'bid' returning last_value)
    insert into public.bids (company_id, customer_id, number, title, trade, job_category, status, subtotal_cents, total_cents,
                             valid_until, notes, sent_at, created_by)
    select ${site.company_id}, ${customerId}, 'BID-' || lpad(next.last_value::text, 4, '0'), 'Replace your water heater', 'plumbing',
           'water_heater', 'sent', ${total}, ${total}, current_date + 30,
           'Your current tank is past the usual 8–12 years. Price includes haul-away and the town permit.', now(), ${site.owner_id}
    from next
    returning id`
  if (!bid) return
  for (const [position, line] of lines.entries()) {
    await tx`
      insert into public.bid_line_items (company_id, bid_id, position, description, quantity, unit, unit_price_cents, type, total_cents)
      values (${site.company_id}, ${bid.id}, ${position}, ${line.description}, ${line.quantity}, ${line.unit}, ${line.unitPriceCents},
              ${line.type}::public.line_item_type, ${line.unitPriceCents})`
  }
  const [thread] = await tx<{ id: string }[]>`
    insert into public.message_threads (company_id, customer_id, subject)
    values (${site.company_id}, ${customerId}, 'Your water heater') returning id`
  await tx`
    insert into public.messages (company_id, thread_id, sender_user_id, sender, body)
    values (${site.company_id}, ${thread!.id}, ${site.owner_id}, 'contractor',
            ${'Hi Priya, at our last visit we noticed your water heater is past its usual lifespan. The replacement quote is in your portal; approve it there when you are ready, or ask us anything here.'})`
}
