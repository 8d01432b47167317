export type ContactField = 'phone' | 'email' | 'address' | 'all'

/** Who and what: a customer's name as typed, the detail wanted, and whether "customer" was said. */
export type ContactRequest = { name: string; field: ContactField; saidCustomer: boolean }

const FIELD = String.raw`(phone numbers?|phone|cell phones?|cell|mobile numbers?|mobile|telephone|numbers?|e-?mail address(?:es)?|e-?mails?|street address|address(?:es)?|contact info(?:rmation)?|contact details|contact|details|info(?:rmation)?)`
const KIND = String.raw`(?:customer|client|account|family|residence|house|household|place|job)`

const patterns: RegExp[] = [
  // "phone number for the Johnson customer", "email of Dana Whitfield"
  new RegExp(String.raw`\b${FIELD}\s+(?:for|of|on)\s+(.+?)$`),
  // "Johnson's phone", "the Johnson customer's number"
  new RegExp(String.raw`(?:\b(?:is|was|get|find|what's|whats|what is|give me|need)\s+|^)(.+?)(?:'s|s')\s+${FIELD}\b`),
  // "how do I reach the Johnsons"
  /\b(?:how (?:do|can|would) (?:i|we)|how to|where can i)\s+(?:reach|contact|call|phone|email|get (?:a )?hold of|text|find)\s+(.+?)$/,
  // "customer Johnson phone"
  new RegExp(String.raw`\b(?:customer|client)\s+(.+?)\s+${FIELD}$`),
  // "get me the Johnson contact info", "whats lindas email"
  new RegExp(String.raw`\b(?:get|find|give|pull up|show|look up|what's|whats|what is|what are)\s+(?:me\s+)?(.+?)\s+${FIELD}$`),
]

const FILLER = /^(?:the|my|our|a|mr\.?|mrs\.?|ms\.?|miss|dr\.?)\s+/
const TRAILING = new RegExp(String.raw`\s+(?:${KIND}|please|again|real quick|quickly)$`)
/** Things asked "for" that are not people: "the number of jobs for Dana". */
const NOT_A_NAME_WORD = /\b(?:next|last|first|current|upcoming|today'?s?|tomorrow'?s?|jobs?|invoices?|bids?|quotes?|hours|leads?|days|times|customers|clients|people|units?|amps?|volts?|feet|inches|breakers?|circuits?|wires?|panels?)\b/
const NOT_A_NAME = /^(?:customer|client|him|her|them|this|that|it|the customer|this customer|that customer|my customer|our customer|the office|office|shop|my boss|boss|you|me|us|z)$/

function fieldOf(word: string): ContactField {
  if (/phone|cell|mobile|number|telephone/.test(word)) return 'phone'
  if (/mail/.test(word)) return 'email'
  if (/address/.test(word)) return 'address'
  return 'all'
}

function cleanName(raw: string): string {
  let name = raw.trim().replace(/["“”]/g, '')
  for (;;) {
    const next = name.replace(FILLER, '').replace(TRAILING, '').trim()
    if (next === name) break
    name = next
  }
  return name
}

/**
 * Reads "what's the phone number for the Johnson customer?", "Dana's email", "how do I reach
 * the Parkers": the name to look up and the detail wanted. Null when the message is not such
 * a question or names nobody.
 */
export function readContactRequest(text: string): ContactRequest | null {
  if (/\b(?:why|draft|write|compose|send|remind)\b/.test(text)) return null
  for (const [index, pattern] of patterns.entries()) {
    const match = pattern.exec(text)
    if (!match) continue
    const [rawName, fieldWord] = index === 0 ? [match[2]!, match[1]!] : index === 2 ? [match[1]!, 'contact'] : [match[1]!, match[2]!]
    const name = cleanName(rawName)
    if (!name || NOT_A_NAME.test(name) || NOT_A_NAME_WORD.test(name) || name.split(' ').length > 5 || /\d{3}/.test(name)) return null
    return { name, field: fieldOf(fieldWord), saidCustomer: new RegExp(String.raw`\b(?:customer|client)s?\b`).test(text) }
  }
  return null
}
