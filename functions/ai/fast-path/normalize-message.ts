/**
 * The message as the pattern matchers read it: lower case, straight quotes, `×` as `x`,
 * single spaces, and no question marks or full stops at the end. Digits, slashes, degree
 * signs and inch or foot marks stay, since conversions need them.
 */
export function normalizeMessage(message: string): string {
  return message
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/×/g, ' x ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.,;:]+$/, '')
}
