/**
 * A homeowner's relationships in the client portal: each customer record a contractor linked
 * to their sign-in, with that contractor. A homeowner may be the customer of several.
 */
export type PortalRelationship = {
  customerId: string
  customerName: string
  company: { id: string; name: string; phone: string | null; email: string | null; trades: string[] }
}

/** Which relationship a homeowner's turn is about, and how that was decided. */
export type PortalTurn = {
  relationships: PortalRelationship[]
  /** Null when there is none, or several and nothing says which (Z then asks). */
  relationship: PortalRelationship | null
  /** `viewed`: the open record's; `named`: the message names the contractor; `only`: there is one. */
  basis: 'viewed' | 'named' | 'only' | 'ambiguous' | 'none'
}

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()

/** The relationship whose contractor the message names ("send Acme Plumbing a request"), if exactly one. */
export function namedRelationship(relationships: PortalRelationship[], message: string): PortalRelationship | null {
  const said = ` ${words(message)} `
  const named = relationships.filter((relationship) => {
    const name = words(relationship.company.name)
    return name !== '' && said.includes(` ${name} `)
  })
  return named.length === 1 ? named[0]! : null
}

/**
 * The relationship a turn is about: the contractor the message names, else the one whose
 * record is open (`viewedCustomerId`, read under the homeowner's RLS), else the only one;
 * with several and no clue it is left open, so Z asks which contractor they mean.
 *
 * @example choosePortalRelationship({ relationships, viewedCustomerId: null, message: 'my sink leaks' }) // { basis: 'only', ... } with one contractor
 */
export function choosePortalRelationship({
  relationships,
  viewedCustomerId,
  message,
}: {
  relationships: PortalRelationship[]
  viewedCustomerId: string | null
  message: string
}): PortalTurn {
  const decided = (relationship: PortalRelationship, basis: PortalTurn['basis']): PortalTurn => ({ relationships, relationship, basis })
  const named = namedRelationship(relationships, message)
  if (named) return decided(named, 'named')
  const viewed = relationships.find((relationship) => relationship.customerId === viewedCustomerId)
  if (viewed) return decided(viewed, 'viewed')
  if (relationships.length === 1) return decided(relationships[0]!, 'only')
  return { relationships, relationship: null, basis: relationships.length ? 'ambiguous' : 'none' }
}
