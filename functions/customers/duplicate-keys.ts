import type { DuplicateReason } from './import-schemas'

/** What two customer records are compared on to call them the same person. */
export type MatchKeys = Partial<Record<DuplicateReason, string>>

/** Letters and digits only, lower-case, single spaces: "12 Oak St." and "12 oak st" agree. */
export const textKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()

/** Digits only, without a leading US country code; too short to identify anyone → none. */
export function phoneKey(phone: string): string | undefined {
  let digits = phone.replace(/[^0-9]/g, '')
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1)
  return digits.length >= 7 ? digits : undefined
}

/** The keys of one record: its email, its phone, and its name together with its address. */
export function matchKeys(values: { name?: string | null; email?: string | null; phone?: string | null; address?: string | null }): MatchKeys {
  const keys: MatchKeys = {}
  const email = values.email?.trim().toLowerCase()
  if (email) keys.email = email
  const phone = values.phone ? phoneKey(values.phone) : undefined
  if (phone) keys.phone = phone
  const name = values.name ? textKey(values.name) : ''
  const address = values.address ? textKey(values.address) : ''
  if (name && address) keys['name+address'] = `${name}|${address}`
  return keys
}

const reasons: DuplicateReason[] = ['email', 'phone', 'name+address']

/** Records by their keys; the first record added under a key keeps it. */
export class DuplicateIndex<Ref> {
  private readonly byKey = new Map<string, Ref>()

  add(keys: MatchKeys, ref: Ref): void {
    for (const reason of reasons) {
      const key = keys[reason]
      if (key !== undefined && !this.byKey.has(`${reason}:${key}`)) this.byKey.set(`${reason}:${key}`, ref)
    }
  }

  /** The record these keys match, trying email, then phone, then name and address. */
  find(keys: MatchKeys): { ref: Ref; reason: DuplicateReason } | null {
    for (const reason of reasons) {
      const key = keys[reason]
      const ref = key === undefined ? undefined : this.byKey.get(`${reason}:${key}`)
      if (ref !== undefined) return { ref, reason }
    }
    return null
  }
}
