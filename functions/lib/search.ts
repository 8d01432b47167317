/** Escapes `\`, `%` and `_` so a user's text matches literally inside an ILIKE pattern. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`)

/** An ILIKE pattern that finds `text` anywhere (`%text%`), with the text escaped. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`
