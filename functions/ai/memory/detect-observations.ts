import type { ExtractedObservation } from './observation'
import { tokenJaccard } from './text-similarity'

/** One clause, up to the first punctuation or "and I…", without its trailing punctuation. */
const clause = (text: string) => text.split(/[.,;:!?\n]|\s+(?:and|but|so)\s+(?:i|i'm|im|we|can|could|what|how)\b/i)[0]!.trim()

type Rule = { category: ExtractedObservation['category']; confidence: number; pattern: RegExp; content(match: RegExpMatchArray): string }

/** What people say about themselves, and what it tells Z. Patterns see one user message at a time. */
const rules: Rule[] = [
  {
    category: 'certification',
    confidence: 0.9,
    pattern: /\b(?:studying|preparing|prepping|getting ready|cramming|going|sitting) for (?:my|the|a|an)\s+([^.;!?\n]{3,80})/i,
    content: (m) => clause(m[1]!),
  },
  {
    category: 'certification',
    confidence: 0.8,
    pattern: /\b(?:working (?:toward|towards|on) (?:my|a|the)|taking (?:my|the))\s+((?:[\w'-]+\s){0,4}(?:licen[cs]e|exam|cert\w*|test|card))\b/i,
    content: (m) => clause(m[1]!),
  },
  {
    category: 'communication_pref',
    confidence: 0.9,
    pattern: /\b(?:i (?:prefer|like|want|need)|give me|please (?:give|use)|walk me through)\b[^.;!?\n]*\bstep[- ]by[- ]step\b/i,
    content: () => 'step-by-step breakdowns over quick answers',
  },
  {
    category: 'communication_pref',
    confidence: 0.9,
    pattern: /\b(?:keep (?:it|answers) (?:short|brief)|just (?:give me )?the (?:answer|number)|short answers|quick answers|tl;?dr|no essays)\b/i,
    content: () => 'short, direct answers',
  },
  {
    category: 'communication_pref',
    confidence: 0.85,
    pattern: /\b(?:i (?:prefer|like|want)|please use|give me)\b[^.;!?\n]*\b(numbered steps|numbered lists?|bullet(?:ed)? (?:points|lists?)|a table|tables|checklists?)\b/i,
    content: (m) => `prefers ${m[1]!.toLowerCase()}`,
  },
  {
    category: 'communication_pref',
    confidence: 0.85,
    pattern: /\b(?:don'?t|do not) (?:dumb it down|talk down to me|explain the basics)|\bskip the basics\b|\bi know the basics\b/i,
    content: () => 'comfortable with trade language; skip the basics',
  },
  {
    category: 'communication_pref',
    confidence: 0.8,
    pattern: /\b(?:explain it (?:simply|like i'?m new)|in plain english|i'?m (?:new|still new) to (?:this|the trade)|no jargon)\b/i,
    content: () => 'plain language; explain trade terms',
  },
  {
    category: 'experience',
    confidence: 0.85,
    pattern: /\bi(?:'ve| have) been (?:an? |doing |in )?([\w ]{0,30}?)\s*(?:for )?(\d{1,2}\+?|a few|several|many) years\b/i,
    content: (m) => `${m[2]} years${m[1]?.trim() ? ` (${m[1].trim()})` : ' in the trade'}`,
  },
  {
    category: 'experience',
    confidence: 0.85,
    pattern: /\bi'?m an? (first|second|third|fourth|\d(?:st|nd|rd|th)) year (apprentice|journeyman)\b|\bi'?m an? (apprentice|journeyman|master) ([a-z]+)\b/i,
    content: (m) => (m[1] ? `${m[1]}-year ${m[2]}` : `${m[3]} ${m[4]}`).toLowerCase(),
  },
  {
    category: 'work_style',
    confidence: 0.8,
    pattern: /\bi (?:usually |mostly |always )?work (?:alone|solo|by myself)\b|\bi'?m a (?:one[- ]man|solo) (?:shop|operation|operator)\b/i,
    content: () => 'usually works solo',
  },
  {
    category: 'work_style',
    confidence: 0.7,
    pattern: /\b(?:my|our) (crew|helper|apprentice|team)\b[^.;!?\n]{0,40}\b(?:and i|with me|helps?)\b/i,
    content: (m) => `works with a ${m[1]!.toLowerCase()}`,
  },
  {
    category: 'strength',
    confidence: 0.75,
    pattern: /\bi'?m (?:pretty |really )?(?:good|strong|solid|comfortable|confident) (?:at|with|on|doing)\s+([^.;!?\n]{3,80})/i,
    content: (m) => clause(m[1]!),
  },
  {
    category: 'strength',
    confidence: 0.7,
    pattern: /\bi(?:'ve| have) done (?:a lot of|plenty of|hundreds of|dozens of|tons of)\s+([^.;!?\n]{3,80})/i,
    content: (m) => clause(m[1]!),
  },
  {
    category: 'growth_area',
    confidence: 0.8,
    pattern: /\bi (?:always |still |really )?(?:struggle|have trouble|get confused|get mixed up|have a hard time)(?: with| on| understanding)?\s+([^.;!?\n]{3,80})/i,
    content: (m) => clause(m[1]!),
  },
  {
    category: 'growth_area',
    confidence: 0.75,
    pattern: /\bi'?m (?:weak|shaky|rusty|not great|not confident) (?:on|at|with)\s+([^.;!?\n]{3,80})|\bi(?:'ve| have) never (?:done|worked on|installed)\s+(?:an?\s+|any\s+)?([^.;!?\n]{3,80})/i,
    content: (m) => clause((m[1] ?? m[2])!),
  },
]

/** Words that make a noun phrase a piece of work someone can come back to. */
const WORK = String.raw`(?:job|upgrade|install|installation|replacement|remodel|renovation|repair|project|service call|rewire|retrofit|addition|change-?out|swap|build|reroof|repipe)`
const ADDRESS = String.raw`(?:\s+(?:at|on|for)\s+(?:the\s+)?(?:\d+\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s+(?:st|street|ave|avenue|rd|road|ln|lane|dr|drive|ct|court|blvd|way|pl|place)\b\.?)?|\s+(?:at|on|for)\s+\d+\s+[\w.'-]+(?:\s+[\w.'-]+){0,2})?`
const WORK_PHRASE = new RegExp(String.raw`\b(?:the|this|that|my|our|a|an)\s+((?:[\w/-]+\s+){0,4}?${WORK})\b(${ADDRESS})`, 'gi')

/** The pieces of work one message talks about ("the 200A panel upgrade at 45 Oak Street"). */
export function workPhrases(message: string): string[] {
  return [...message.matchAll(WORK_PHRASE)].map((match) => `${match[1]}${match[2] ?? ''}`.replace(/\s+/g, ' ').trim())
}

/**
 * Active threads: a piece of work mentioned in at least two of the person's messages is
 * ongoing work. The topic is its most specific wording; the context, the latest message
 * about it.
 */
function detectThreads(messages: string[]): ExtractedObservation[] {
  const groups: { phrases: string[]; messages: Set<number> }[] = []
  messages.forEach((message, index) => {
    for (const phrase of workPhrases(message)) {
      const group = groups.find((candidate) => candidate.phrases.some((known) => tokenJaccard(known, phrase) >= 0.5 || containsAll(known, phrase)))
      if (group) {
        group.phrases.push(phrase)
        group.messages.add(index)
      } else groups.push({ phrases: [phrase], messages: new Set([index]) })
    }
  })
  return groups
    .filter((group) => group.messages.size >= 2)
    .map((group) => {
      const topic = group.phrases.reduce((best, phrase) => (phrase.length > best.length ? phrase : best))
      const latest = messages[Math.max(...group.messages)]!
      return { category: 'active_thread' as const, topic, content: latest.replace(/\s+/g, ' ').trim().slice(0, 300), confidence: group.messages.size >= 3 ? 0.9 : 0.7 }
    })
}

/** "panel upgrade" within "200A panel upgrade at 45 Oak Street": the shorter names the same work. */
function containsAll(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  return longer.toLowerCase().includes(shorter.toLowerCase())
}

/**
 * Rule-based observation extraction, for the offline provider: what the person said about
 * themselves (studying for a license, preferring step-by-step answers, years in the trade,
 * strong or weak spots) and the work they keep coming back to. Reads only the person's own
 * messages, never Z's answers.
 */
export function detectObservations(userMessages: string[]): ExtractedObservation[] {
  const observations: ExtractedObservation[] = []
  for (const message of userMessages) {
    for (const rule of rules) {
      const match = message.match(rule.pattern)
      if (!match) continue
      const content = rule.content(match).replace(/\s+/g, ' ').trim()
      if (content.length >= 2) observations.push({ category: rule.category, content: content.slice(0, 200), confidence: rule.confidence })
    }
  }
  return [...observations, ...detectThreads(userMessages)]
}
