/**
 * Words that say which trade a question belongs to. They do not decide the tier on their
 * own; they tell a trade question from small talk or an app question, and name the trade in
 * the route's reason.
 */
const tradeVocabulary = {
  electrical: [
    'breaker', 'panel', 'subpanel', 'circuit', 'outlet', 'receptacle', 'gfci', 'afci', 'wire', 'wiring', 'romex',
    'conductor', 'conduit', 'emt', 'awg', 'amp', 'amps', 'volt', 'volts', 'voltage', 'neutral', 'ground', 'grounding',
    'bonding', 'switch', 'dimmer', 'service entrance', 'meter', 'nec', 'junction box', 'ev charger', 'generator',
    'transfer switch', 'load center', 'bus', 'lighting',
  ],
  plumbing: [
    'pipe', 'piping', 'pex', 'copper', 'pvc', 'abs', 'cpvc', 'drain', 'vent', 'trap', 'toilet', 'faucet', 'sink',
    'water heater', 'tankless', 'sewer', 'lateral', 'cleanout', 'fitting', 'fittings', 'solder', 'sweat', 'shutoff',
    'valve', 'backflow', 'sump', 'water line', 'gas line', 'repipe', 'expansion tank', 'shower', 'tub', 'septic',
  ],
  hvac: [
    'furnace', 'heat pump', 'ac', 'a/c', 'air conditioner', 'condenser', 'evaporator', 'coil', 'compressor',
    'refrigerant', 'duct', 'ducts', 'ductwork', 'thermostat', 'boiler', 'mini split', 'mini splits', 'air handler',
    'filter', 'btu', 'seer', 'tonnage', 'defrost', 'blower', 'capacitor', 'supply vent', 'supply vents', 'return',
    'manual j', 'tune-up', 'heat exchanger', 'flue',
  ],
  solar: [
    'solar', 'pv', 'panel array', 'array', 'module', 'modules', 'inverter', 'inverters', 'microinverter',
    'microinverters', 'string', 'combiner', 'rapid shutdown', 'net metering', 'battery', 'backfeed', 'racking',
    'interconnection', 'kw', 'kwh', 'production',
  ],
  roofing: [
    'roof', 'roofing', 'shingle', 'shingles', 'flashing', 'underlayment', 'ice and water', 'ridge', 'eave', 'soffit',
    'fascia', 'gutter', 'gutters', 'skylight', 'pitch', 'squares', 'tear-off', 'decking', 'drip edge', 'metal roofing',
  ],
  general_contracting: [
    'framing', 'foundation', 'footing', 'joist', 'joists', 'rafter', 'rafters', 'beam', 'header', 'stud', 'studs',
    'load bearing', 'subcontractor', 'sub', 'permit', 'addition', 'garage', 'deck', 'concrete', 'lumber', '2x4',
    'sheathing', 'trades',
  ],
  remodeling: [
    'remodel', 'renovation', 'kitchen', 'bathroom', 'bath', 'tile', 'grout', 'subfloor', 'drywall', 'mud', 'cabinet',
    'cabinets', 'countertop', 'countertops', 'quartz', 'granite', 'backsplash', 'vanity', 'flooring', 'basement',
    'paint', 'trim',
  ],
  landscaping: [
    'lawn', 'mulch', 'sod', 'irrigation', 'sprinkler', 'drip', 'paver', 'pavers', 'patio', 'retaining wall', 'grading',
    'topsoil', 'shrub', 'shrubs', 'tree', 'trees', 'flower bed', 'garden', 'hardscape', 'zone', 'edging', 'plants',
  ],
  low_voltage: [
    'camera', 'cameras', 'nvr', 'dvr', 'cctv', 'poe', 'cat5e', 'cat6', 'rj45', 'ethernet', 'network', 'wifi', 'access point',
    'alarm panel', 'access control', 'intercom', 'doorbell', 'speaker', 'coax', 'low voltage', 'class 2', 'cl3', 'keypad',
  ],
} as const

export type Trade = keyof typeof tradeVocabulary

const termPatterns = Object.entries(tradeVocabulary).map(([trade, terms]) => ({
  trade: trade as Trade,
  pattern: new RegExp(`(?<![\\w/])(?:${terms.map((term) => term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\w/])`, 'g'),
}))

/**
 * The trade whose vocabulary a normalised message uses most (`null` when none; ties go to
 * the trade listed first) and the distinct trade terms it uses across all trades, in order.
 */
export function detectTrade(text: string): { trade: Trade | null; terms: string[] } {
  const found = new Set<string>()
  let trade: Trade | null = null
  let most = 0
  for (const entry of termPatterns) {
    const hits = new Set(text.match(entry.pattern) ?? [])
    for (const hit of hits) found.add(hit)
    if (hits.size > most) [trade, most] = [entry.trade, hits.size]
  }
  return { trade, terms: [...found] }
}
