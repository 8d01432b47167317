/**
 * A money figure as a model writes one: "$1,200", "$1.2k", "US$ 900", "USD 40", "1,500 dollars",
 * "200 bucks". Ranges are two figures.
 */
const MONEY = /(?:\bUS)?\$\s?\d|\bUSD\s?\d|\b\d[\d,]*(?:\.\d+)?\s?(?:k|grand|hundred|thousand)?\s?(?:dollars?|bucks|usd)\b/i

/** A sentence ends at . ! or ? followed by space and what can start the next one. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9“"(*])/

/**
 * A homeowner's answer with every sentence that names a money figure taken out, and a line
 * saying who quotes instead; `removed` counts the sentences. The prompt already forbids prices
 * for homeowners (and their context holds none); this holds when a model says one anyway from
 * what it knows. Lines left empty (or only a list marker) go too.
 *
 * @example withoutPrices('A tank model is about $1,500 installed. Look at its energy factor.', 'Acme')
 * // { text: 'Look at its energy factor.\n\nI left out prices: Acme quotes …', removed: 1 }
 */
export function withoutPrices(text: string, contractor: string | null): { text: string; removed: number } {
  let removed = 0
  const lines = text.split('\n').flatMap((line) => {
    if (!MONEY.test(line)) return [line]
    const marker = /^\s*(?:[-*•]|\d+[.)])\s+/.exec(line)?.[0] ?? ''
    const kept = line
      .slice(marker.length)
      .split(SENTENCE_END)
      .filter((sentence) => {
        const priced = MONEY.test(sentence)
        if (priced) removed++
        return !priced
      })
      .join(' ')
      .trim()
    return kept ? [marker + kept] : []
  })
  if (!removed) return { text, removed }
  const kept = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  const note = `I left out prices: ${contractor ?? 'your contractor'} quotes the work once they know the details of your home.`
  return { text: kept ? `${kept}\n\n${note}` : note, removed }
}
