/** The most records an answer lists; the rest are a click away. */
export const LIST_LIMIT = 10

/** `1 job`, `3 jobs`. */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/** Bulleted lines, and how many more there are when the list was cut. */
export function bullets(lines: string[], total: number): string {
  const shown = lines.slice(0, LIST_LIMIT)
  const more = total - shown.length
  return [...shown.map((line) => `- ${line}`), ...(more > 0 ? [`…and ${more} more.`] : [])].join('\n')
}
