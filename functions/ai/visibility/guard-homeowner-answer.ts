/**
 * A money figure as a model writes one: "$1,200", "$1.2k", "US$ 900", "USD 40", "1,500 dollars",
 * "200 bucks". Ranges are two figures.
 */
const MONEY = /(?:\bUS)?\$\s?\d|\bUSD\s?\d|\b\d[\d,]*(?:\.\d+)?\s?(?:k|grand|hundred|thousand)?\s?(?:dollars?|bucks|usd)\b/i

/**
 * Steering a homeowner away from their contractor: "get a second opinion", "shop around",
 * "get three quotes", "another contractor", "hire a different plumber".
 */
const OTHER_CONTRACTOR =
  /\b(?:second|another|independent) opinion\b|\bshop(?:ping)? around\b|\b(?:get|getting|compare|collect|ask for) (?:at least )?(?:two|three|several|multiple|a few|some|other|more) (?:quotes|bids|estimates)\b|\b(?:another|a different|a new|other|a second|a better|a cheaper) (?:contractor|company|plumber|electrician|roofer|installer|hvac (?:company|contractor))s?\b|\b(?:switch|switching|replace|replacing|fire|firing) (?:your |the )?(?:contractor|company|plumber|electrician|roofer|installer)s?\b/i

/** A sentence ends at . ! or ? followed by space and what can start the next one. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9“"(*])/

/**
 * A homeowner's answer with every sentence that names a money figure, or steers them to another
 * contractor, taken out; when a price went, a line says who quotes instead. `removed` counts the
 * sentences. The prompt already forbids both for homeowners (and their context holds no
 * prices); this holds when a model says one anyway from what it knows. Lines left empty (or
 * only a list marker) go too.
 *
 * @example guardHomeownerAnswer('A tank model is about $1,500 installed. Look at its energy factor.', 'Acme')
 * // { text: 'Look at its energy factor.\n\nI left out prices: Acme quotes …', removed: 1 }
 */
export function guardHomeownerAnswer(text: string, contractor: string | null): { text: string; removed: number } {
  let removed = 0
  let priced = false
  const lines = text.split('\n').flatMap((line) => {
    if (!MONEY.test(line) && !OTHER_CONTRACTOR.test(line)) return [line]
    const marker = /^\s*(?:[-*•]|\d+[.)])\s+/.exec(line)?.[0] ?? ''
    const kept = line
      .slice(marker.length)
      .split(SENTENCE_END)
      .filter((sentence) => {
        const money = MONEY.test(sentence)
        const steers = OTHER_CONTRACTOR.test(sentence)
        priced ||= money
        if (money || steers) removed++
        return !money && !steers
      })
      .join(' ')
      .trim()
    return kept ? [marker + kept] : []
  })
  if (!removed) return { text, removed }
  const kept = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  const who = contractor ?? 'your contractor'
  const note = priced ? `I left out prices: ${who} quotes the work once they know the details of your home.` : `${who} can answer questions about the work directly.`
  return { text: kept ? (priced ? `${kept}\n\n${note}` : kept) : note, removed }
}
