/**
 * Units Z converts between. Each has a factor to its dimension's base unit (metre, square
 * metre, cubic metre, kilogram, pascal, cubic metre per second, watt, joule); the US
 * customary factors are the exact legal definitions (1 in = 0.0254 m, 1 lb = 0.45359237 kg,
 * 1 US gal = 231 in³), the BTU is the International Table BTU.
 */
export const dimensions = ['length', 'area', 'volume', 'mass', 'temperature', 'pressure', 'flow', 'power', 'energy'] as const
export type Dimension = (typeof dimensions)[number]

export type Unit = {
  id: string
  /** How the answer writes it. */
  symbol: string
  /** The symbol for exactly one, where it differs (`ton` for `tons`). */
  singular?: string
  dimension: Dimension
  /** Base units in one of this unit (unused for temperatures, which are converted by formula). */
  factor: number
  /** Lower-case spellings people type, matched as whole words. */
  names: string[]
}

const INCH = 0.0254
const FOOT = 0.3048
const YARD = 0.9144
const MILE = 1609.344
const US_GALLON = 231 * INCH ** 3
const BTU = 1055.05585262
const POUND = 0.45359237
const STANDARD_GRAVITY = 9.80665

/** `square feet`, `sq ft`, `ft2`... for a length unit's names and symbols. */
const squared = (names: string[]) => names.flatMap((n) => [`square ${n}`, `sq ${n}`, `sq. ${n}`, `${n}2`, `${n}^2`, `${n}²`])
const cubed = (names: string[]) => names.flatMap((n) => [`cubic ${n}`, `cu ${n}`, `cu. ${n}`, `${n}3`, `${n}^3`, `${n}³`])

const lengths: [id: string, symbol: string, factor: number, names: string[], plurals: string[]][] = [
  ['mm', 'mm', 0.001, ['mm'], ['millimeter', 'millimeters', 'millimetre', 'millimetres']],
  ['cm', 'cm', 0.01, ['cm'], ['centimeter', 'centimeters', 'centimetre', 'centimetres']],
  ['m', 'm', 1, ['m'], ['meter', 'meters', 'metre', 'metres']],
  ['km', 'km', 1000, ['km'], ['kilometer', 'kilometers', 'kilometre', 'kilometres']],
  ['in', 'in', INCH, ['in', 'in.'], ['inch', 'inches']],
  ['ft', 'ft', FOOT, ['ft', 'ft.'], ['foot', 'feet']],
  ['yd', 'yd', YARD, ['yd', 'yds'], ['yard', 'yards']],
  ['mi', 'mi', MILE, ['mi'], ['mile', 'miles']],
]

/** Metric areas and volumes are written m², imperial ones sq ft. */
const metric = new Set(['mm', 'cm', 'm', 'km'])

const lengthUnits: Unit[] = lengths.map(([id, symbol, factor, short, long]) => ({
  id,
  symbol,
  dimension: 'length',
  factor,
  names: [...short, ...long, ...(id === 'in' ? ['"', "''"] : id === 'ft' ? ["'"] : [])],
}))

const areaUnits: Unit[] = [
  ...lengths.map(([id, symbol, factor, short, long]): Unit => ({
    id: `${id}2`,
    symbol: metric.has(id) ? `${symbol}²` : `sq ${symbol}`,
    dimension: 'area',
    factor: factor ** 2,
    names: [...squared(short), ...squared(long), ...(id === 'ft' ? ['sqft', 'sq.ft', 'sf', 'square foot'] : []), ...(id === 'in' ? ['sqin', 'square inch'] : [])],
  })),
  { id: 'acre', symbol: 'acres', singular: 'acre', dimension: 'area', factor: 43_560 * FOOT ** 2, names: ['acre', 'acres'] },
  { id: 'ha', symbol: 'ha', dimension: 'area', factor: 10_000, names: ['hectare', 'hectares', 'ha'] },
  { id: 'roof_square', symbol: 'roofing squares', singular: 'roofing square', dimension: 'area', factor: 100 * FOOT ** 2, names: ['roofing square', 'roofing squares', 'squares'] },
]

const volumeUnits: Unit[] = [
  ...lengths
    .filter(([id]) => ['mm', 'cm', 'm', 'in', 'ft', 'yd'].includes(id))
    .map(([id, symbol, factor, short, long]): Unit => ({
      id: `${id}3`,
      symbol: metric.has(id) ? `${symbol}³` : `cu ${symbol}`,
      dimension: 'volume',
      factor: factor ** 3,
      names: [...cubed(short), ...cubed(long), ...(id === 'yd' ? ['cy', 'cubic yard'] : []), ...(id === 'ft' ? ['cubic foot'] : [])],
    })),
  { id: 'l', symbol: 'L', dimension: 'volume', factor: 0.001, names: ['l', 'liter', 'liters', 'litre', 'litres', 'ltr'] },
  { id: 'ml', symbol: 'mL', dimension: 'volume', factor: 1e-6, names: ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'cc'] },
  { id: 'gal', symbol: 'gal', dimension: 'volume', factor: US_GALLON, names: ['gal', 'gals', 'gallon', 'gallons', 'us gallon', 'us gallons'] },
  { id: 'imp_gal', symbol: 'imperial gal', dimension: 'volume', factor: 0.00454609, names: ['imperial gallon', 'imperial gallons', 'imp gal'] },
  { id: 'qt', symbol: 'qt', dimension: 'volume', factor: US_GALLON / 4, names: ['qt', 'quart', 'quarts'] },
  { id: 'pt', symbol: 'pt', dimension: 'volume', factor: US_GALLON / 8, names: ['pt', 'pint', 'pints'] },
  { id: 'cup', symbol: 'cups', singular: 'cup', dimension: 'volume', factor: US_GALLON / 16, names: ['cup', 'cups'] },
  { id: 'floz', symbol: 'fl oz', dimension: 'volume', factor: US_GALLON / 128, names: ['fl oz', 'fl. oz', 'floz', 'fluid ounce', 'fluid ounces', 'oz', 'ounce', 'ounces'] },
]

const massUnits: Unit[] = [
  { id: 'mg', symbol: 'mg', dimension: 'mass', factor: 1e-6, names: ['mg', 'milligram', 'milligrams'] },
  { id: 'g', symbol: 'g', dimension: 'mass', factor: 0.001, names: ['g', 'gram', 'grams'] },
  { id: 'kg', symbol: 'kg', dimension: 'mass', factor: 1, names: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'] },
  { id: 'tonne', symbol: 'metric tons', singular: 'metric ton', dimension: 'mass', factor: 1000, names: ['tonne', 'tonnes', 'metric ton', 'metric tons'] },
  { id: 'oz', symbol: 'oz', dimension: 'mass', factor: POUND / 16, names: ['oz', 'ounce', 'ounces'] },
  { id: 'lb', symbol: 'lb', dimension: 'mass', factor: POUND, names: ['lb', 'lbs', 'pound', 'pounds'] },
  { id: 'short_ton', symbol: 'tons', singular: 'ton', dimension: 'mass', factor: 2000 * POUND, names: ['ton', 'tons', 'short ton', 'short tons'] },
]

const temperatureUnits: Unit[] = [
  { id: 'c', symbol: '°C', dimension: 'temperature', factor: 1, names: ['c', '°c', 'celsius', 'centigrade'] },
  { id: 'f', symbol: '°F', dimension: 'temperature', factor: 1, names: ['f', '°f', 'fahrenheit'] },
  { id: 'k', symbol: 'K', dimension: 'temperature', factor: 1, names: ['k', 'kelvin'] },
]

const pressureUnits: Unit[] = [
  { id: 'pa', symbol: 'Pa', dimension: 'pressure', factor: 1, names: ['pa', 'pascal', 'pascals'] },
  { id: 'kpa', symbol: 'kPa', dimension: 'pressure', factor: 1000, names: ['kpa', 'kilopascal', 'kilopascals'] },
  { id: 'mpa', symbol: 'MPa', dimension: 'pressure', factor: 1e6, names: ['mpa', 'megapascal', 'megapascals'] },
  { id: 'bar', symbol: 'bar', dimension: 'pressure', factor: 1e5, names: ['bar', 'bars'] },
  { id: 'mbar', symbol: 'mbar', dimension: 'pressure', factor: 100, names: ['mbar', 'millibar', 'millibars'] },
  { id: 'psi', symbol: 'psi', dimension: 'pressure', factor: (POUND * STANDARD_GRAVITY) / INCH ** 2, names: ['psi', 'psig', 'pounds per square inch'] },
  { id: 'atm', symbol: 'atm', dimension: 'pressure', factor: 101_325, names: ['atm', 'atmosphere', 'atmospheres'] },
  { id: 'inhg', symbol: 'inHg', dimension: 'pressure', factor: 3386.389, names: ['inhg', 'in hg', 'inches of mercury', 'inch of mercury'] },
  { id: 'mmhg', symbol: 'mmHg', dimension: 'pressure', factor: 133.322387415, names: ['mmhg', 'mm hg', 'torr'] },
  {
    id: 'inwc',
    symbol: 'in. w.c.',
    dimension: 'pressure',
    factor: 249.08891,
    names: ['inwc', 'in wc', 'in. wc', 'in w.c', 'in. w.c', 'iwc', 'inh2o', 'in h2o', 'inches of water', 'inch of water', 'inches water column', 'inches of water column', 'inch water column', 'inch of water column', 'in water column', 'inches wc', 'inch wc', '" wc', '"wc', '" w.c'],
  },
]

const flowUnits: Unit[] = [
  { id: 'gpm', symbol: 'gpm', dimension: 'flow', factor: US_GALLON / 60, names: ['gpm', 'gallons per minute', 'gallon per minute', 'gal/min'] },
  { id: 'lpm', symbol: 'L/min', dimension: 'flow', factor: 0.001 / 60, names: ['lpm', 'l/min', 'liters per minute', 'litres per minute'] },
  { id: 'lps', symbol: 'L/s', dimension: 'flow', factor: 0.001, names: ['lps', 'l/s', 'liters per second', 'litres per second'] },
  { id: 'm3h', symbol: 'm³/h', dimension: 'flow', factor: 1 / 3600, names: ['m3/h', 'm³/h', 'm3/hr', 'cubic meters per hour', 'cubic metres per hour'] },
  { id: 'cfm', symbol: 'cfm', dimension: 'flow', factor: FOOT ** 3 / 60, names: ['cfm', 'cubic feet per minute', 'ft3/min'] },
]

const powerUnits: Unit[] = [
  { id: 'w', symbol: 'W', dimension: 'power', factor: 1, names: ['w', 'watt', 'watts'] },
  { id: 'kw', symbol: 'kW', dimension: 'power', factor: 1000, names: ['kw', 'kilowatt', 'kilowatts'] },
  { id: 'hp', symbol: 'hp', dimension: 'power', factor: 550 * FOOT * POUND * STANDARD_GRAVITY, names: ['hp', 'horsepower'] },
  { id: 'btuh', symbol: 'BTU/h', dimension: 'power', factor: BTU / 3600, names: ['btu/h', 'btu/hr', 'btuh', 'btu per hour', 'btus per hour', 'btu', 'btus'] },
  { id: 'mbh', symbol: 'MBH', dimension: 'power', factor: (1000 * BTU) / 3600, names: ['mbh', 'mbtuh', 'mbtu/h'] },
  { id: 'ton_ref', symbol: 'tons', singular: 'ton', dimension: 'power', factor: (12_000 * BTU) / 3600, names: ['ton', 'tons', 'ton of refrigeration', 'tons of refrigeration', 'tons of cooling', 'ton of cooling'] },
]

const energyUnits: Unit[] = [
  { id: 'j', symbol: 'J', dimension: 'energy', factor: 1, names: ['j', 'joule', 'joules'] },
  { id: 'kj', symbol: 'kJ', dimension: 'energy', factor: 1000, names: ['kj', 'kilojoule', 'kilojoules'] },
  { id: 'mj', symbol: 'MJ', dimension: 'energy', factor: 1e6, names: ['mj', 'megajoule', 'megajoules'] },
  { id: 'wh', symbol: 'Wh', dimension: 'energy', factor: 3600, names: ['wh', 'watt hour', 'watt hours', 'watt-hour', 'watt-hours'] },
  { id: 'kwh', symbol: 'kWh', dimension: 'energy', factor: 3.6e6, names: ['kwh', 'kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours'] },
  { id: 'btu', symbol: 'BTU', dimension: 'energy', factor: BTU, names: ['btu', 'btus'] },
  { id: 'therm', symbol: 'therms', singular: 'therm', dimension: 'energy', factor: 100_000 * BTU, names: ['therm', 'therms'] },
]

/**
 * Every unit. One spelling may name several, and the unit on the other side of the
 * question decides: `ton` is a cooling ton next to BTU/h or kW and a short ton next to
 * pounds, `btu` is BTU/h next to a power, `oz` fluid ounces next to a volume.
 */
export const units: Unit[] = [
  ...lengthUnits,
  ...areaUnits,
  ...volumeUnits,
  ...massUnits,
  ...temperatureUnits,
  ...pressureUnits,
  ...flowUnits,
  ...powerUnits,
  ...energyUnits,
]

/** `1 ton`, `2 tons`. */
export const unitLabel = (unit: Unit, value: number) => (value === 1 && unit.singular ? unit.singular : unit.symbol)
