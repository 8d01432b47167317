/** A measured value for an answer: six significant digits, thousands separated (`82.021`, `43,560`). */
export const formatMeasure = (value: number) => value.toLocaleString('en-US', { maximumSignificantDigits: 6 })

/** A conversion factor, with enough digits to redo the arithmetic (`3.2808399`). */
export const formatFactor = (value: number) => value.toLocaleString('en-US', { maximumSignificantDigits: 8 })

/** A temperature: at most two decimals (`22.22`). */
export const formatTemperature = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 })
