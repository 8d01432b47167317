/**
 * Phrases in which the answer doubts itself. What counts, and why:
 *
 * - First-person doubt always counts: "I think", "I believe", "I'm not sure/certain",
 *   "I could be wrong", "if I recall", "my guess", "I can't confirm".
 * - Impersonal doubt counts: "possibly", "perhaps", "maybe", "hard to say", "it's unclear",
 *   and "it may/might/could depend" — a modal in front of "depend" is the model not knowing
 *   which case applies.
 * - Deferring to the authority having jurisdiction does NOT count: "it may be required by
 *   your AHJ", "check with your local building department", "it may depend on your local
 *   amendments". Codes are adopted and amended locally, so saying so is the confident, correct
 *   answer, and a bigger model would only say it again.
 * - Ordinary conditionals and ranked diagnoses do not count: "it may be required if...",
 *   "this might trip the breaker", "the most likely cause is...", "you'll probably need...".
 * - Doubt attributed to someone else does not count ("if you're not sure which breaker...").
 * - Text in quotation marks is left out: a drafted message may say "I think you'll love it".
 */
const HEDGES = [
  /\bi (?:think|thought|believe|suspect|assume|guess|feel like|don't know|do not know|can't be (?:sure|certain)|cannot be (?:sure|certain)|can't confirm|cannot confirm|can't verify|cannot verify|could be wrong|may be wrong|might be wrong|(?:would|'d) guess)\b/,
  /\bi(?:'m| am) (?:not|un)(?: entirely| completely| totally| fully| 100%)? ?(?:sure|certain|positive|confident)\b|\bi(?:'m| am) uncertain\b/,
  /\b(?:if (?:i|memory) (?:recall|remember|serves)(?: correctly)?|my (?:best )?guess|to my knowledge|as far as i know|afaik)\b/,
  /\b(?:possibly|perhaps|maybe)\b/,
  /\b(?:hard|difficult|impossible) to (?:say|tell|know)(?: for sure| for certain)?\b|\bcan(?:'t|not) say for (?:sure|certain)\b/,
  /\bit(?:'s| is) (?:unclear|not clear|uncertain)\b/,
]

/** "not sure" with nobody else as its subject within the few words before it. */
const NOT_SURE = /\bnot (?:entirely |completely |totally |100% |fully )?(?:sure|certain|positive)\b/g
const SOMEONE_ELSE = /\b(?:you|you're|youre|they|they're|he|she|he's|she's|customers?|homeowners?|techs?|inspectors?|owners?)\b/

/** Deferral to the jurisdiction: the words that make "it may depend on..." a confident answer. */
const AUTHORITY = /\b(?:ahj|authority having jurisdiction|jurisdiction|local(?:ly)?|inspector|adopted|amendments?|building department|utility|manufacturer'?s?)\b/
const MODAL_DEPEND = /\b(?:it|this|that|the answer) (?:may|might|could) (?:also )?depend\b([^.!?]{0,80})/g

/**
 * True when a model's answer hedges about itself (see above), the cue to retry one tier up
 * or, from deep, to flag the answer as uncertain.
 *
 * @example detectHedging("I'm not certain, but 210.12 may apply.") // true
 * @example detectHedging('A permit may be required by your AHJ.') // false
 */
export function detectHedging(text: string): boolean {
  const own = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/"[^"]*"|\u201c[^\u201d]*\u201d/g, ' ')
  if (HEDGES.some((pattern) => pattern.test(own))) return true
  if ([...own.matchAll(NOT_SURE)].some((match) => !SOMEONE_ELSE.test(own.slice(Math.max(0, match.index - 25), match.index)))) return true
  return [...own.matchAll(MODAL_DEPEND)].some((match) => !AUTHORITY.test(match[1] ?? ''))
}
