/**
 * Whether a message asks to look something up, as opposed to asking why, what to do, or to
 * write or change something (those go to the model or the action pipeline).
 */

const NOT_A_LOOKUP = new RegExp(
  [
    String.raw`\b(?:why|should|compare[sd]?|comparison|versus|vs|explain|summar\w*|analy[sz]\w*|trends?|trending|forecast\w*|predict\w*|improve|strateg(?:y|ies)|recommend\w*|advice|advise|margins?|profit\w*|what if|dropping|falling|rising|growing)\b`,
    String.raw`^(?:please )?(?:draft|write|compose|create|make|add|send|email|text|mark|record|log|delete|remove|cancel|void|update|change|edit|book|assign|convert|clock|start|finish|complete|close|move|set|duplicate|accept|decline|invite|upload|import|export|schedule)\b`,
    String.raw`\b(?:draft|write|compose) (?:a|an|the|me|my|some|up)\b`,
    // Money totals over time are revenue questions, for the model within the revenue mask.
    String.raw`\bhow much (?:did|have|do|will) (?:we|i) (?:invoice|bill|make|earn|collect|charge|sell|bring in)\b|\b(?:revenue|sales|income|turnover)\b`,
  ].join('|'),
)

const LEAD = String.raw`(?:show|list|see|view|pull up|bring up|give|get|find|display|what|what's|whats|which|who|any|how many|how much|do i have|do we have|are there|is there|tell me|check|look up|lookup)`

/** Short enough to be a noun phrase (`jobs tomorrow`, `my overdue invoices`). */
const SHORT = 6

/** True when the message may be a lookup at all. */
export const isLookup = (text: string) => !NOT_A_LOOKUP.test(text)

/** "the schedule is packed", "invoice template looks off": talk about the thing, not a request for it. */
const REMARK = /^(?:is|are|was|were|looks?|looked|seems?|feels?|got|gets|has|have|had|did|does|went|keeps?)\b/
/** "bid templates", "invoice numbering": a feature of the app named after the records. */
const FEATURE = /^(?:templates?|pdfs?|forms?|pages?|settings?|formats?|layouts?|buttons?|links?|emails?|numbering|logos?|footers?|headers?|terms|reminders?|fields?|columns?)\b/
/** "bids over $10k", "invoices over 60 days": a numeric filter no list here applies. */
const NUMERIC_FILTER = /\$\s?\d|\b\d+(?:\.\d+)?\s?k\b|\b(?:over|under|more than|less than|above|below|greater than|at least|at most|bigger than|larger than|older than|longer than)\s+\$?\d/

/**
 * True when the message asks to see `noun` (a regular-expression source): a request word
 * (`show`, `which`, `do I have`...) at most three words before it; or a short phrase with it
 * (`jobs tomorrow`, `my schedule today`); or a longer one led by it in the plural
 * (`jobs for the rest of the week`). A remark about it ("my schedule is crazy"), a feature
 * named after it ("bid templates") or a numeric filter ("bids over $10k") is not.
 */
export function asksToSee(text: string, noun: string): boolean {
  if (!isLookup(text) || NUMERIC_FILTER.test(text)) return false
  const found = new RegExp(String.raw`\b(${noun})\b`).exec(text)
  if (!found) return false
  const after = text.slice(found.index + found[0].length).trim()
  if (FEATURE.test(after)) return false
  if (new RegExp(String.raw`\b${LEAD}\b(?:\s+\S+){0,3}?\s+${noun}\b`).test(text)) return true
  if (REMARK.test(after)) return false
  const plural = found[1]!.endsWith('s')
  if (text.split(' ').length <= SHORT) return plural || after.split(' ').filter(Boolean).length <= 2
  return plural && new RegExp(String.raw`^(?:(?:my|our|the|all|any)\s+)*(?:\w+\s+)?${noun}\b`).test(text)
}
