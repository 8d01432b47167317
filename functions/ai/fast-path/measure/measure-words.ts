/**
 * Rewrites degree signs and words so temperature units read as one token:
 * `72° F`, `72 degrees fahrenheit` and `72 deg f` all become `72 °f` / `72 fahrenheit`.
 */
export function normalizeMeasureWords(text: string): string {
  return text
    .replace(/\b(?:degrees?|deg)\s+(fahrenheit|celsius|centigrade|kelvin|f|c|k)\b/g, '$1')
    .replace(/\s*[°º]\s*([fck])\b/g, ' °$1')
}

/** Words of the message outside `match`: a conversion must be the whole question, not a part of one. */
export function wordsOutside(text: string, match: RegExpExecArray): number {
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
  return rest.split(/\s+/).filter((word) => /[a-z0-9]/.test(word)).length
}
