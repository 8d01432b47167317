import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { DuplicateIndex, matchKeys, type MatchKeys } from './duplicate-keys'

type Options = {
  tx: Tx
  companyId: string
  /** The keys of the records being checked (e.g. the rows of an import). */
  keys: MatchKeys[]
}

export type ExistingCustomer = { customerId: string; name: string }

/**
 * The company's existing customers that share an email, a phone number, or a name and
 * address with any of `keys`, indexed for lookup (oldest customer first). Postgres narrows
 * the candidates by email, phone digits and name; the exact comparison uses the same keys
 * in code, so both sides agree on what "the same" means.
 */
export async function findDuplicateCustomers({ tx, companyId, keys }: Options): Promise<DuplicateIndex<ExistingCustomer>> {
  const emails = [...new Set(keys.flatMap((k) => (k.email ? [k.email] : [])))]
  const phones = [...new Set(keys.flatMap((k) => (k.phone ? [k.phone] : [])))]
  const names = [...new Set(keys.flatMap((k) => (k['name+address'] ? [k['name+address'].split('|')[0]!] : [])))]
  const index = new DuplicateIndex<ExistingCustomer>()
  if (emails.length + phones.length + names.length === 0) return index

  const candidates = (await tx.execute(sql`
    select c.id, c.name, c.email, c.phone, c.address
    from customers c
    cross join lateral (select regexp_replace(coalesce(c.phone, ''), '[^0-9]', '', 'g') as digits) d
    where c.company_id = ${companyId} and (
      lower(btrim(c.email)) in (select jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))
      or (case when length(d.digits) = 11 and left(d.digits, 1) = '1' then substr(d.digits, 2) else d.digits end)
         in (select jsonb_array_elements_text(${JSON.stringify(phones)}::jsonb))
      or btrim(regexp_replace(lower(c.name), '[^a-z0-9]+', ' ', 'g')) in (select jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))
    )
    order by c.created_at, c.id
  `)) as unknown as { id: string; name: string; email: string | null; phone: string | null; address: string | null }[]

  for (const customer of candidates) {
    index.add(matchKeys(customer), { customerId: customer.id, name: customer.name })
  }
  return index
}
