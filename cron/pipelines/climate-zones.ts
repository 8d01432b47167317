/**
 * A broad climate zone per state, after the US DOE Building America climate regions (a
 * state spanning several gets its most populous one). Equipment lifespans are adjusted by it.
 */
export const climateZones: Record<string, string> = {
  FL: 'hot_humid', LA: 'hot_humid', HI: 'hot_humid', TX: 'hot_humid', MS: 'hot_humid', AL: 'hot_humid',
  AZ: 'hot_dry', NV: 'hot_dry', NM: 'hot_dry', CA: 'hot_dry',
  OR: 'marine', WA: 'marine',
  GA: 'mixed_humid', SC: 'mixed_humid', NC: 'mixed_humid', TN: 'mixed_humid', AR: 'mixed_humid', OK: 'mixed_humid', KY: 'mixed_humid',
  VA: 'mixed_humid', WV: 'mixed_humid', MD: 'mixed_humid', DE: 'mixed_humid', DC: 'mixed_humid', NJ: 'mixed_humid', MO: 'mixed_humid', KS: 'mixed_humid',
  CT: 'cold', MA: 'cold', RI: 'cold', NY: 'cold', PA: 'cold', OH: 'cold', IN: 'cold', IL: 'cold', IA: 'cold', NE: 'cold', MI: 'cold',
  WI: 'cold', NH: 'cold', VT: 'cold', ME: 'cold', CO: 'cold', UT: 'cold', ID: 'cold', WY: 'cold', SD: 'cold', MT: 'cold',
  ND: 'very_cold', MN: 'very_cold', AK: 'very_cold',
}
