/**
 * The equipment the platform seed installs, replaces and repairs. Each kind's key is a key of
 * functions/customers/equipment-kinds.ts (its trade is taken from there); brands carry model
 * families (`FAMILY-SUFFIX` model numbers, see modelFamilyOf) and a lifespan effect in years;
 * failure modes carry the ages they show up at, brands prone to them, hours and parts.
 */

export type PartUse = { description: string; unit: string; costCents: number; brands: string[] }

export type FailureMode = {
  mode: string
  weight: number
  /** Unit ages (years) at which this failure is typical; outside them it is rarer. */
  ages: [number, number]
  /** Brands more (>1) or less (<1) prone to it. */
  brands?: Record<string, number>
  /** Typical repair hours. */
  hours: number
  parts: PartUse[]
}

export type EquipmentBrand = { make: string; share: number; families: string[]; lifeYears: number }

export type EquipmentKind = {
  key: string
  label: string
  /** Median life in years for an average brand in a mixed climate, and its lognormal spread. */
  lifeYears: number
  lifeSpread: number
  /** Share of install jobs that replace a unit of the same kind already on the property. */
  replaces: number
  warrantyYears: number
  brands: EquipmentBrand[]
  failures: FailureMode[]
}

const part = (description: string, costCents: number, brands: string[], unit = 'ea'): PartUse => ({ description, unit, costCents, brands })

const capacitor = part('Dual run capacitor 45/5 MFD', 2_200, ['Titan Pro', 'Genteq', 'Packard'])
const contactor = part('Contactor 2-pole 40A', 2_800, ['Packard', 'Honeywell'])
const refrigerant = part('R-410A refrigerant', 6_500, ['Chemours', 'Honeywell'], 'lb')
const leakKit = part('Brazing and leak repair kit', 4_500, ['Harris', 'Nu-Calgon'])
const igniter = part('Hot surface igniter', 3_500, ['White-Rodgers', 'Honeywell'])

export const equipmentKinds: EquipmentKind[] = [
  {
    key: 'water_heater', label: 'Water heater', lifeYears: 11.5, lifeSpread: 0.22, replaces: 0.85, warrantyYears: 6,
    brands: [
      { make: 'Rheem', share: 0.3, families: ['XG50T06', 'PROG50'], lifeYears: 0 },
      { make: 'A. O. Smith', share: 0.3, families: ['GCR50', 'GDHE50'], lifeYears: 0.5 },
      { make: 'Bradford White', share: 0.2, families: ['RG250T6', 'RE350S6'], lifeYears: 1.5 },
      { make: 'State', share: 0.2, families: ['GS650YBRT', 'ES650DORS'], lifeYears: -1 },
    ],
    failures: [
      { mode: 'thermocouple', weight: 3, ages: [3, 9], brands: { State: 1.5 }, hours: 1.25, parts: [part('Thermocouple 24 in', 1_500, ['Honeywell', 'White-Rodgers'])] },
      { mode: 'anode rod', weight: 2, ages: [4, 10], hours: 1.5, parts: [part('Magnesium anode rod', 3_500, ['Camco', 'Rheem'])] },
      { mode: 'tank leak', weight: 2.5, ages: [8, 20], brands: { 'Bradford White': 0.6, State: 1.4 }, hours: 1.5, parts: [part('Water heater drain valve', 1_500, ['Watts', 'Camco'])] },
      { mode: 'gas valve', weight: 1.5, ages: [5, 12], brands: { Rheem: 1.3 }, hours: 2, parts: [part('Water heater gas control valve', 18_000, ['Honeywell', 'Robertshaw'])] },
      { mode: 'dip tube', weight: 1, ages: [2, 8], hours: 1.5, parts: [part('Cross-linked dip tube', 1_800, ['Camco', 'Rheem'])] },
    ],
  },
  {
    key: 'tankless_water_heater', label: 'Tankless water heater', lifeYears: 19, lifeSpread: 0.25, replaces: 0.35, warrantyYears: 12,
    brands: [
      { make: 'Navien', share: 0.35, families: ['NPE240A', 'NPE180S'], lifeYears: 0 },
      { make: 'Rinnai', share: 0.3, families: ['RU199IN', 'RL94IN'], lifeYears: 1 },
      { make: 'Noritz', share: 0.2, families: ['NRC711', 'EZ111'], lifeYears: 0.5 },
      { make: 'Rheem', share: 0.15, families: ['RTGH95', 'RTG84'], lifeYears: -1.5 },
    ],
    failures: [
      { mode: 'flow sensor', weight: 3, ages: [3, 5], brands: { Navien: 2 }, hours: 1.5, parts: [part('Tankless flow sensor', 8_500, ['Navien', 'Rinnai']), part('Gasket kit', 1_200, ['Navien', 'Rinnai'])] },
      { mode: 'scale buildup', weight: 3, ages: [2, 8], hours: 2, parts: [part('Descaling solution (gal)', 2_500, ['Rinnai', 'Noritz'], 'gal')] },
      { mode: 'igniter', weight: 1.5, ages: [4, 10], hours: 1.5, parts: [part('Tankless igniter', 6_500, ['Navien', 'Rinnai', 'Noritz'])] },
      { mode: 'heat exchanger leak', weight: 1, ages: [9, 25], brands: { Rheem: 1.6 }, hours: 3, parts: [part('Heat exchanger', 45_000, ['Navien', 'Rinnai', 'Noritz'])] },
    ],
  },
  {
    key: 'sump_pump', label: 'Sump pump', lifeYears: 8, lifeSpread: 0.3, replaces: 0.7, warrantyYears: 3,
    brands: [
      { make: 'Zoeller', share: 0.4, families: ['M53', 'M98'], lifeYears: 1.5 },
      { make: 'Wayne', share: 0.25, families: ['CDU980E', 'SPF50'], lifeYears: -1 },
      { make: 'Liberty', share: 0.2, families: ['257', '287'], lifeYears: 0.5 },
      { make: 'Superior Pump', share: 0.15, families: ['92341', '92301'], lifeYears: -1.5 },
    ],
    failures: [
      { mode: 'float switch', weight: 3, ages: [2, 7], brands: { Wayne: 1.4 }, hours: 1, parts: [part('Vertical float switch', 3_500, ['Zoeller', 'Liberty'])] },
      { mode: 'check valve', weight: 2, ages: [3, 10], hours: 1, parts: [part('1-1/2 in check valve', 2_400, ['Zoeller', 'Flotec'])] },
      { mode: 'impeller clog', weight: 1.5, ages: [1, 6], hours: 1.25, parts: [] },
      { mode: 'motor failure', weight: 1.5, ages: [6, 15], brands: { 'Superior Pump': 1.5 }, hours: 1.5, parts: [part('Sump pump motor assembly', 9_000, ['Zoeller', 'Wayne'])] },
    ],
  },
  {
    key: 'furnace', label: 'Furnace', lifeYears: 18, lifeSpread: 0.22, replaces: 0.85, warrantyYears: 10,
    brands: [
      { make: 'Carrier', share: 0.25, families: ['59SC5', '58SB0'], lifeYears: 1 },
      { make: 'Trane', share: 0.2, families: ['S9V2', 'S8X1'], lifeYears: 1.5 },
      { make: 'Lennox', share: 0.2, families: ['EL296V', 'ML180'], lifeYears: 0.5 },
      { make: 'Goodman', share: 0.2, families: ['GM9S96', 'GR9S92'], lifeYears: -1.5 },
      { make: 'Rheem', share: 0.15, families: ['R96V', 'R801T'], lifeYears: -0.5 },
    ],
    failures: [
      { mode: 'igniter', weight: 3, ages: [4, 12], hours: 1.25, parts: [igniter] },
      { mode: 'flame sensor', weight: 3, ages: [2, 10], hours: 1, parts: [part('Flame sensor', 1_800, ['White-Rodgers', 'Honeywell'])] },
      { mode: 'inducer motor', weight: 1.5, ages: [8, 16], brands: { Goodman: 1.5 }, hours: 2.5, parts: [part('Draft inducer motor', 24_000, ['Fasco', 'Nidec'])] },
      { mode: 'control board', weight: 1.5, ages: [7, 18], brands: { Lennox: 1.4 }, hours: 2, parts: [part('Furnace control board', 22_000, ['White-Rodgers', 'Honeywell'])] },
      { mode: 'pressure switch', weight: 1.5, ages: [5, 14], hours: 1.5, parts: [part('Pressure switch', 4_500, ['Honeywell', 'White-Rodgers'])] },
      { mode: 'cracked heat exchanger', weight: 0.7, ages: [14, 30], hours: 3, parts: [] },
    ],
  },
  {
    key: 'air_conditioner', label: 'Air conditioner', lifeYears: 14, lifeSpread: 0.22, replaces: 0.85, warrantyYears: 10,
    brands: [
      { make: 'Carrier', share: 0.25, families: ['24ACC6', '24ABB3'], lifeYears: 1 },
      { make: 'Trane', share: 0.2, families: ['4TTR6', '4TTR4'], lifeYears: 1.5 },
      { make: 'Lennox', share: 0.2, families: ['ML14XC1', 'EL16XC1'], lifeYears: 0.5 },
      { make: 'Goodman', share: 0.2, families: ['GSXC16', 'GSX14'], lifeYears: -1.5 },
      { make: 'Rheem', share: 0.15, families: ['RA14', 'RA16'], lifeYears: -0.5 },
    ],
    failures: [
      { mode: 'capacitor', weight: 4, ages: [3, 10], brands: { Goodman: 1.4 }, hours: 1, parts: [capacitor] },
      { mode: 'contactor', weight: 2.5, ages: [4, 12], hours: 1, parts: [contactor] },
      { mode: 'refrigerant leak', weight: 2, ages: [6, 16], brands: { Lennox: 1.3, Goodman: 1.3 }, hours: 3, parts: [refrigerant, leakKit] },
      { mode: 'condenser fan motor', weight: 1.5, ages: [7, 15], hours: 2, parts: [part('Condenser fan motor 1/4 HP', 16_000, ['Genteq', 'US Motors'])] },
      { mode: 'compressor', weight: 0.8, ages: [10, 25], brands: { Goodman: 1.3 }, hours: 4, parts: [part('Scroll compressor 3-ton', 120_000, ['Copeland', 'Danfoss'])] },
    ],
  },
  {
    key: 'heat_pump', label: 'Heat pump', lifeYears: 13, lifeSpread: 0.22, replaces: 0.45, warrantyYears: 10,
    brands: [
      { make: 'Carrier', share: 0.25, families: ['25HCE4', '25VNA8'], lifeYears: 1 },
      { make: 'Trane', share: 0.2, families: ['4TWR6', '4TWR4'], lifeYears: 1 },
      { make: 'Mitsubishi', share: 0.2, families: ['PUZHA36', 'MXZ3C24'], lifeYears: 2 },
      { make: 'Daikin', share: 0.15, families: ['DZ17VC', 'DZ14SA'], lifeYears: 0 },
      { make: 'Goodman', share: 0.2, families: ['GSZC16', 'GSZ14'], lifeYears: -1.5 },
    ],
    failures: [
      { mode: 'capacitor', weight: 3, ages: [3, 10], hours: 1, parts: [capacitor] },
      { mode: 'reversing valve', weight: 1.5, ages: [6, 14], hours: 3.5, parts: [part('Reversing valve', 18_000, ['Ranco', 'Danfoss']), refrigerant] },
      { mode: 'defrost board', weight: 2, ages: [4, 12], brands: { Goodman: 1.4 }, hours: 1.5, parts: [part('Defrost control board', 14_000, ['ICM Controls', 'Carrier'])] },
      { mode: 'refrigerant leak', weight: 2, ages: [5, 15], hours: 3, parts: [refrigerant, leakKit] },
      { mode: 'compressor', weight: 0.8, ages: [9, 22], hours: 4, parts: [part('Scroll compressor 3-ton', 120_000, ['Copeland', 'Danfoss'])] },
    ],
  },
  {
    key: 'boiler', label: 'Boiler', lifeYears: 22, lifeSpread: 0.25, replaces: 0.8, warrantyYears: 10,
    brands: [
      { make: 'Weil-McLain', share: 0.35, families: ['CGA5', 'WM97'], lifeYears: 2 },
      { make: 'Burnham', share: 0.25, families: ['ES2', 'ALP105'], lifeYears: 1 },
      { make: 'Navien', share: 0.2, families: ['NHB110', 'NFC175'], lifeYears: -3 },
      { make: 'Lochinvar', share: 0.2, families: ['KBN106', 'WHN085'], lifeYears: -1 },
    ],
    failures: [
      { mode: 'circulator pump', weight: 3, ages: [6, 15], hours: 2, parts: [part('Circulator pump', 19_000, ['Taco', 'Grundfos'])] },
      { mode: 'pressure relief valve', weight: 2, ages: [4, 12], hours: 1, parts: [part('Boiler pressure relief valve 30 psi', 3_500, ['Watts', 'Conbraco'])] },
      { mode: 'expansion tank', weight: 2, ages: [5, 14], hours: 1.5, parts: [part('Expansion tank 4.4 gal', 6_500, ['Amtrol', 'Extrol'])] },
      { mode: 'igniter', weight: 1.5, ages: [3, 10], brands: { Navien: 1.5 }, hours: 1.25, parts: [igniter] },
      { mode: 'low-water cutoff', weight: 1, ages: [8, 25], hours: 1.5, parts: [part('Low-water cutoff', 21_000, ['McDonnell & Miller', 'Hydrolevel'])] },
    ],
  },
  {
    key: 'electrical_panel', label: 'Electrical panel', lifeYears: 38, lifeSpread: 0.2, replaces: 0.9, warrantyYears: 10,
    brands: [
      { make: 'Square D', share: 0.3, families: ['HOM3060M', 'QO140M'], lifeYears: 2 },
      { make: 'Eaton', share: 0.25, families: ['BR3040B', 'CH32B'], lifeYears: 0 },
      { make: 'Siemens', share: 0.2, families: ['P4040B', 'W3042B'], lifeYears: 0 },
      { make: 'GE', share: 0.15, families: ['TM4020', 'TLM2020'], lifeYears: -1 },
      { make: 'Federal Pacific', share: 0.1, families: ['NA222', 'NB224'], lifeYears: -8 },
    ],
    failures: [
      { mode: 'failed breaker', weight: 4, ages: [10, 60], brands: { 'Federal Pacific': 2 }, hours: 1, parts: [part('20A single-pole breaker', 900, ['Square D', 'Eaton', 'Siemens'])] },
      { mode: 'loose neutral', weight: 2, ages: [15, 60], hours: 1.5, parts: [part('Neutral bar kit', 2_500, ['Square D', 'Eaton'])] },
      { mode: 'burnt bus bar', weight: 1, ages: [25, 60], brands: { 'Federal Pacific': 2.5, GE: 1.3 }, hours: 3, parts: [part('Bus bar repair kit', 9_500, ['Square D', 'Eaton', 'Siemens'])] },
      { mode: 'corroded main lugs', weight: 1, ages: [20, 60], hours: 2, parts: [part('Main lug kit', 6_500, ['Square D', 'Eaton', 'Siemens'])] },
    ],
  },
  {
    key: 'generator', label: 'Generator', lifeYears: 18, lifeSpread: 0.25, replaces: 0.2, warrantyYears: 5,
    brands: [
      { make: 'Generac', share: 0.55, families: ['GP22', 'GP24'], lifeYears: -1 },
      { make: 'Kohler', share: 0.2, families: ['20RESCL', '26RCLA'], lifeYears: 2 },
      { make: 'Briggs & Stratton', share: 0.15, families: ['040626', '040675'], lifeYears: 0 },
      { make: 'Cummins', share: 0.1, families: ['RS20A', 'RS13A'], lifeYears: 2 },
    ],
    failures: [
      { mode: 'battery', weight: 4, ages: [2, 6], hours: 1, parts: [part('Generator battery 26R', 16_000, ['Interstate', 'Deka'])] },
      { mode: 'transfer switch', weight: 1.5, ages: [5, 15], hours: 3, parts: [part('Transfer switch control board', 28_000, ['Generac', 'Kohler'])] },
      { mode: 'starter motor', weight: 1.5, ages: [5, 14], brands: { Generac: 1.3 }, hours: 2, parts: [part('Starter motor', 22_000, ['Generac', 'Kohler', 'Briggs & Stratton'])] },
      { mode: 'voltage regulator', weight: 1, ages: [6, 18], hours: 2, parts: [part('Voltage regulator', 17_000, ['Generac', 'Kohler'])] },
    ],
  },
  {
    key: 'solar_inverter', label: 'Solar inverter', lifeYears: 12, lifeSpread: 0.22, replaces: 0.95, warrantyYears: 12,
    brands: [
      { make: 'SolarEdge', share: 0.4, families: ['SE7600H', 'SE10000H'], lifeYears: -0.5 },
      { make: 'Enphase', share: 0.3, families: ['IQ8PLUS', 'IQ7PLUS'], lifeYears: 2 },
      { make: 'SMA', share: 0.15, families: ['SB77', 'SB60'], lifeYears: 0.5 },
      { make: 'Fronius', share: 0.15, families: ['PRIMO76', 'PRIMO60'], lifeYears: 1 },
    ],
    failures: [
      { mode: 'cooling fan', weight: 2, ages: [4, 12], brands: { SMA: 1.4, Fronius: 1.4 }, hours: 1.25, parts: [part('Inverter cooling fan', 6_500, ['SMA', 'Fronius', 'SolarEdge'])] },
      { mode: 'ground fault', weight: 2.5, ages: [1, 10], hours: 2.5, parts: [part('MC4 connector pair', 600, ['Stäubli', 'Amphenol'])] },
      { mode: 'communication board', weight: 2, ages: [3, 9], brands: { SolarEdge: 1.5 }, hours: 1.5, parts: [part('Inverter communication board', 15_000, ['SolarEdge', 'SMA'])] },
      { mode: 'dc capacitor', weight: 1, ages: [7, 15], hours: 2, parts: [part('Inverter DC capacitor bank', 24_000, ['SolarEdge', 'SMA', 'Fronius'])] },
    ],
  },
]

export const equipmentKindByKey = new Map(equipmentKinds.map((kind) => [kind.key, kind]))

export function equipmentKind(key: string): EquipmentKind {
  const kind = equipmentKindByKey.get(key)
  if (!kind) throw new RangeError(`unknown equipment kind ${key}`)
  return kind
}
