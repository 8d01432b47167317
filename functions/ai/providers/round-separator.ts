/**
 * Wraps `onText` for one round of a tool loop: rounds are separated by a blank line, in the
 * streamed text as in the result, so the deltas always add up to the final text.
 */
export function roundEmitter(onText: ((delta: string) => void) | undefined, firstRound: boolean): ((delta: string) => void) | undefined {
  if (!onText) return undefined
  let separated = firstRound
  return (delta) => {
    if (!separated) onText('\n\n')
    separated = true
    onText(delta)
  }
}
