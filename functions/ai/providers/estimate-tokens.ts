/**
 * An estimate, not a count: about four characters per token for English text. Used where no
 * provider reported usage (the offline provider, servers that leave `usage` out), so that
 * token accounting still has a figure. Newer Claude tokenizers count roughly a third more.
 */
export const estimateTokens = (...texts: string[]): number => Math.ceil(texts.reduce((sum, text) => sum + text.length, 0) / 4)
