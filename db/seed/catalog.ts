/**
 * What the demo company sells: kinds of job per trade with realistic titles, hours, parts
 * and prices (integer cents). Jobs, bids, invoices and job materials are all built from it,
 * so a bid's parts match the materials used on its job.
 */

export type SeedTrade = 'electrical' | 'hvac'

export type Part = {
  description: string
  unit: string
  /** What the company pays, per unit. */
  costCents: number
  /** Quantity range; `step` is the smallest increment (0.5 for hours or pounds, 1 for parts). */
  quantity: [number, number]
  step?: number
  /** Chance it is on a given job (1 = always). */
  chance?: number
}

export type Extra = { description: string; unit: string; priceCents: number; chance?: number }

export type InstalledUnit = { kind: string; make: string; model: string; warrantyYears: number; warrantyNotes: string }

export type JobTemplate = {
  category: string
  trade: SeedTrade
  titles: string[]
  descriptions: string[]
  /** Person-hours for the whole job. */
  hours: [number, number]
  /** Techs on site: 1, 2, or either. */
  crew: 1 | 2 | 'either'
  /** Projects are quoted first; service work is billed from the visit. */
  kind: 'project' | 'service'
  weight: number
  /** Weight multiplier per month (1–12); months not listed count 1. */
  season?: Partial<Record<number, number>>
  parts: Part[]
  extras: Extra[]
  /** A flat fee billed instead of hourly labor (tune-ups). */
  flatFee?: { description: string; priceCents: number }
  installs?: InstalledUnit[]
  notes: string[]
}

export const laborRates: Record<SeedTrade, { description: string; rateCents: number }> = {
  electrical: { description: 'Licensed electrician labor', rateCents: 12_500 },
  hvac: { description: 'HVAC technician labor', rateCents: 13_500 },
}
export const helperRate = { description: 'Apprentice / helper labor', rateCents: 8_500 }

/** Contractor price for a part: cost plus markup, rounded to the dollar (to 50¢ under $100). */
export function priceOf(costCents: number): number {
  const marked = costCents * 1.4
  return marked < 10_000 ? Math.round(marked / 50) * 50 : Math.round(marked / 100) * 100
}

const permit = (town: 'electrical' | 'mechanical', priceCents: number): Extra => ({
  description: town === 'electrical' ? 'Town electrical permit & inspection' : 'Town mechanical permit & inspection',
  unit: 'ea',
  priceCents,
})
const haulAway: Extra = { description: 'Removal & disposal of old equipment', unit: 'ea', priceCents: 12_500 }
const diagnostic: Extra = { description: 'Service call & diagnostic', unit: 'ea', priceCents: 14_900 }

export const templates: JobTemplate[] = [
  // ── Electrical ────────────────────────────────────────────────────────────────────────────
  {
    category: 'panel_upgrade',
    trade: 'electrical',
    titles: ['200A panel upgrade', 'Replace Federal Pacific panel', '100A to 200A service upgrade', 'Replace Zinsco panel & meter socket'],
    descriptions: [
      'Replace the existing 100A panel with a 200A Square D QO main-breaker panel; new meter socket, grounding and bonding to current NEC.',
      'Remove the Federal Pacific Stab-Lok panel (known breaker failures) and install a new 200A panel with AFCI/GFCI protection where required.',
    ],
    hours: [9, 14],
    crew: 2,
    kind: 'project',
    weight: 7,
    parts: [
      { description: 'Square D QO 200A 40-space main breaker panel', unit: 'ea', costCents: 38_900, quantity: [1, 1] },
      { description: '200A meter socket (Eversource approved)', unit: 'ea', costCents: 14_900, quantity: [1, 1], chance: 0.8 },
      { description: '4/0 aluminum SER service cable', unit: 'ft', costCents: 585, quantity: [12, 30], step: 0.5 },
      { description: 'AFCI/GFCI dual-function breaker', unit: 'ea', costCents: 5_490, quantity: [6, 14] },
      { description: 'Ground rods, clamps & #4 bare copper', unit: 'lot', costCents: 8_900, quantity: [1, 1] },
    ],
    extras: [permit('electrical', 27_500), { description: 'Eversource disconnect/reconnect coordination', unit: 'ea', priceCents: 9_500, chance: 0.7 }],
    installs: [{ kind: 'Electrical panel', make: 'Square D', model: 'QO 200A 40-space', warrantyYears: 10, warrantyNotes: 'Lifetime QO breaker warranty; 2-yr Northline workmanship.' }],
    notes: [
      'Eversource disconnect scheduled for 8:00; power back by 3:30.',
      'Old panel had double-tapped breakers and no main bonding jumper — photographed for the file.',
      'Inspection passed; inspector asked for the panel directory to be typed.',
      'Labelled every circuit with the homeowner; two mystery circuits traced to the garage.',
    ],
  },
  {
    category: 'ev_charger',
    trade: 'electrical',
    titles: ['Level 2 EV charger install (Tesla Wall Connector)', 'ChargePoint Home Flex install', 'EV charger circuit & NEMA 14-50 outlet'],
    descriptions: ['New 60A circuit from the main panel to the garage and a hardwired Level 2 charger, load calculation included.'],
    hours: [3, 6],
    crew: 1,
    kind: 'project',
    weight: 9,
    parts: [
      { description: 'Tesla Wall Connector (Gen 3)', unit: 'ea', costCents: 47_500, quantity: [1, 1], chance: 0.6 },
      { description: '6/3 NM-B copper cable', unit: 'ft', costCents: 385, quantity: [25, 80], step: 0.5 },
      { description: '60A 2-pole breaker', unit: 'ea', costCents: 2_850, quantity: [1, 1] },
      { description: 'Outdoor-rated 60A disconnect', unit: 'ea', costCents: 4_200, quantity: [1, 1], chance: 0.5 },
    ],
    extras: [permit('electrical', 15_000)],
    installs: [
      { kind: 'EV charger', make: 'Tesla', model: 'Wall Connector Gen 3', warrantyYears: 4, warrantyNotes: '4-yr manufacturer warranty.' },
      { kind: 'EV charger', make: 'ChargePoint', model: 'Home Flex', warrantyYears: 3, warrantyNotes: '3-yr manufacturer warranty.' },
    ],
    notes: [
      'Load calc OK on the existing 200A service — no upgrade needed.',
      'Charger set to 48A; homeowner enrolled in the Eversource EV rate.',
      'Ran the cable through the basement and up the garage wall in EMT.',
    ],
  },
  {
    category: 'generator_install',
    trade: 'electrical',
    titles: ['Generac 22kW standby generator install', 'Kohler 20kW standby generator & transfer switch'],
    descriptions: ['Standby generator on a composite pad with a 200A automatic transfer switch; gas piping by our licensed plumbing partner.'],
    hours: [16, 22],
    crew: 2,
    kind: 'project',
    weight: 3,
    season: { 9: 2, 10: 2.5, 11: 2, 12: 1.5 },
    parts: [
      { description: 'Generac Guardian 22kW standby generator', unit: 'ea', costCents: 599_900, quantity: [1, 1] },
      { description: '200A automatic transfer switch', unit: 'ea', costCents: 89_900, quantity: [1, 1] },
      { description: 'Composite generator pad', unit: 'ea', costCents: 13_900, quantity: [1, 1] },
      { description: '2" PVC conduit & fittings', unit: 'ft', costCents: 310, quantity: [20, 60] },
    ],
    extras: [permit('electrical', 35_000), { description: 'Gas piping by licensed plumber (subcontract)', unit: 'ea', priceCents: 85_000 }],
    installs: [{ kind: 'Generator', make: 'Generac', model: 'Guardian 22kW', warrantyYears: 5, warrantyNotes: '5-yr limited warranty, registered.' }],
    notes: ['Gas sub confirmed for day two at 9:00.', 'Exercise cycle set to Tuesdays 11:00.', 'Town required 5 ft clearance from the bedroom window — pad moved.'],
  },
  {
    category: 'rewiring',
    trade: 'electrical',
    titles: ['Knob-and-tube rewiring — second floor', 'Whole-house rewire (1920s colonial)', 'Rewire kitchen & dining room circuits'],
    descriptions: ['Replace knob-and-tube wiring with NM-B, new boxes and devices, AFCI protection; plaster patching by our finish sub.'],
    hours: [24, 40],
    crew: 2,
    kind: 'project',
    weight: 3,
    parts: [
      { description: '12/2 NM-B Romex (250 ft roll)', unit: 'roll', costCents: 12_900, quantity: [3, 8] },
      { description: '14/2 NM-B Romex (250 ft roll)', unit: 'roll', costCents: 9_900, quantity: [2, 6] },
      { description: 'Old-work boxes, devices & plates', unit: 'lot', costCents: 38_000, quantity: [1, 1] },
      { description: 'AFCI breaker', unit: 'ea', costCents: 4_990, quantity: [6, 14] },
    ],
    extras: [permit('electrical', 32_500), { description: 'Plaster patching (subcontract)', unit: 'ea', priceCents: 140_000, chance: 0.7 }],
    notes: ['Found live knob-and-tube spliced into the attic fan — abandoned and removed.', 'Fishing through balloon-frame walls; minimal openings so far.', 'Rough inspection passed.'],
  },
  {
    category: 'lighting',
    trade: 'electrical',
    titles: ['Recessed lighting — kitchen', 'LED recessed lights & dimmers — living room', 'Exterior landscape & security lighting'],
    descriptions: ['Install LED wafer downlights on new dimmer controls; patch and touch-up by homeowner.'],
    hours: [4, 8],
    crew: 'either',
    kind: 'project',
    weight: 6,
    parts: [
      { description: '6" LED wafer downlight (5CCT)', unit: 'ea', costCents: 2_450, quantity: [6, 12] },
      { description: 'Lutron Diva LED+ dimmer', unit: 'ea', costCents: 2_690, quantity: [1, 3] },
      { description: '14/2 NM-B cable', unit: 'ft', costCents: 62, quantity: [80, 200] },
    ],
    extras: [],
    notes: ['Homeowner chose 3000K.', 'Joist layout forced one light 4" off the grid — approved by the customer.'],
  },
  {
    category: 'service_call',
    trade: 'electrical',
    titles: ['Service call — breaker keeps tripping', 'No power to kitchen outlets', 'GFCI troubleshooting — bathroom', 'Flickering lights in the dining room', 'Outlet sparking — service call'],
    descriptions: ['Diagnose and repair; customer reports the problem started this week.'],
    hours: [1, 2.5],
    crew: 1,
    kind: 'service',
    weight: 16,
    parts: [
      { description: '20A tamper-resistant GFCI receptacle', unit: 'ea', costCents: 2_200, quantity: [1, 3], chance: 0.5 },
      { description: '20A single-pole breaker', unit: 'ea', costCents: 1_150, quantity: [1, 2], chance: 0.35 },
      { description: 'Wire nuts, connectors & misc.', unit: 'lot', costCents: 1_200, quantity: [1, 1], chance: 0.4 },
    ],
    extras: [diagnostic],
    notes: ['Loose neutral at the first receptacle in the run — re-terminated.', 'Tripped GFCI in the garage was feeding both baths.', 'Recommended a panel evaluation; breakers are original 1978 Federal Pacific.'],
  },
  {
    category: 'circuit_addition',
    trade: 'electrical',
    titles: ['Dedicated 20A circuit for garage freezer', 'Add 240V circuit for dryer', 'New circuit for home office', 'Hot tub disconnect & 50A circuit'],
    descriptions: ['New dedicated circuit from the main panel with a code-compliant receptacle.'],
    hours: [2, 4.5],
    crew: 1,
    kind: 'service',
    weight: 8,
    parts: [
      { description: '12/2 NM-B cable', unit: 'ft', costCents: 85, quantity: [30, 90], step: 0.5 },
      { description: '20A single-pole breaker', unit: 'ea', costCents: 1_150, quantity: [1, 1] },
      { description: 'Weather-resistant GFCI receptacle & in-use cover', unit: 'ea', costCents: 3_400, quantity: [1, 1], chance: 0.6 },
    ],
    extras: [{ description: 'Town electrical permit', unit: 'ea', priceCents: 9_500, chance: 0.5 }],
    notes: ['Panel had room for two more breakers.', 'Ran surface-mount raceway in the finished basement per customer.'],
  },
  {
    category: 'surge_protection',
    trade: 'electrical',
    titles: ['Whole-home surge protector install'],
    descriptions: ['Type 2 surge protective device at the main panel.'],
    hours: [1, 2],
    crew: 1,
    kind: 'service',
    weight: 3,
    parts: [{ description: 'Whole-home surge protector (Eaton CHSPT2ULTRA)', unit: 'ea', costCents: 14_900, quantity: [1, 1] }],
    extras: [],
    notes: ['Installed on a 2-pole 50A breaker at the top of the bus.'],
  },
  {
    category: 'smoke_detectors',
    trade: 'electrical',
    titles: ['Hardwired smoke/CO detector replacement', 'Interconnected smoke alarms for home sale'],
    descriptions: ['Replace 10-year-old hardwired alarms with interconnected smoke/CO combination units.'],
    hours: [2, 3.5],
    crew: 1,
    kind: 'service',
    weight: 4,
    parts: [{ description: 'Kidde hardwired smoke/CO combo alarm', unit: 'ea', costCents: 4_990, quantity: [4, 8] }],
    extras: [],
    notes: ['Certificate of compliance left for the closing attorney.'],
  },
  // ── HVAC ──────────────────────────────────────────────────────────────────────────────────
  {
    category: 'heat_pump_install',
    trade: 'hvac',
    titles: ['Ducted heat pump install (Mitsubishi Hyper-Heat)', 'Cold-climate heat pump conversion from oil', 'Carrier Infinity heat pump & air handler'],
    descriptions: ['Cold-climate ducted heat pump and air handler on the existing ductwork; Energize CT rebate paperwork included.'],
    hours: [18, 28],
    crew: 2,
    kind: 'project',
    weight: 6,
    season: { 3: 1.5, 4: 1.5, 9: 1.5, 10: 1.5 },
    parts: [
      { description: 'Mitsubishi 3-ton Hyper-Heat outdoor unit', unit: 'ea', costCents: 689_000, quantity: [1, 1] },
      { description: 'Multi-position air handler', unit: 'ea', costCents: 289_000, quantity: [1, 1] },
      { description: 'Copper line set 3/8" x 7/8"', unit: 'ft', costCents: 1_450, quantity: [25, 50], step: 0.5 },
      { description: 'Condensate pump & line', unit: 'ea', costCents: 14_500, quantity: [1, 1], chance: 0.6 },
      { description: 'Equipment pad & wall brackets', unit: 'ea', costCents: 12_900, quantity: [1, 1] },
      { description: 'ecobee Premium smart thermostat', unit: 'ea', costCents: 24_900, quantity: [1, 1], chance: 0.7 },
    ],
    extras: [permit('mechanical', 30_000), { description: 'Removal & disposal of oil tank and burner', unit: 'ea', priceCents: 95_000, chance: 0.4 }],
    installs: [{ kind: 'Heat pump', make: 'Mitsubishi', model: 'PVA-A36 / PUZ-HA36 Hyper-Heat', warrantyYears: 12, warrantyNotes: '12-yr parts & compressor (Diamond contractor); 2-yr Northline labor.' }],
    notes: [
      'Line set routed through the garage attic; insulation replaced.',
      'Energize CT rebate forms signed by the homeowner — submitted.',
      'Startup: 38 psi suction / 312 psi discharge at 42°F outdoor.',
      'Oil tank pumped out Monday; removal crew Wednesday.',
    ],
  },
  {
    category: 'mini_split_install',
    trade: 'hvac',
    titles: ['Ductless mini-split — 2 zones', 'Mini-split install — bonus room', 'Ductless mini-split — primary bedroom & office'],
    descriptions: ['Multi-zone ductless heat pump with wall-mounted heads and line-set covers.'],
    hours: [8, 14],
    crew: 'either',
    kind: 'project',
    weight: 6,
    season: { 5: 1.8, 6: 2, 7: 1.6 },
    parts: [
      { description: 'Mitsubishi 2-zone outdoor unit (MXZ-2C20NAHZ)', unit: 'ea', costCents: 329_000, quantity: [1, 1] },
      { description: 'Wall-mounted indoor head, 9,000 BTU', unit: 'ea', costCents: 98_000, quantity: [1, 2] },
      { description: 'Copper line set 1/4" x 3/8"', unit: 'ft', costCents: 890, quantity: [30, 60], step: 0.5 },
      { description: 'Line-set covers & fittings', unit: 'lot', costCents: 18_500, quantity: [1, 1] },
    ],
    extras: [permit('mechanical', 20_000)],
    installs: [{ kind: 'Mini-split', make: 'Mitsubishi', model: 'MXZ-2C20NAHZ', warrantyYears: 12, warrantyNotes: '12-yr parts & compressor; 2-yr labor.' }],
    notes: ['Heads placed above the windows per customer.', 'Dedicated 20A circuit added for the condenser.'],
  },
  {
    category: 'ac_tune_up',
    trade: 'hvac',
    titles: ['AC tune-up', 'Spring cooling tune-up', 'Central air maintenance visit'],
    descriptions: ['Annual cooling maintenance: coil cleaning, refrigerant check, electrical test.'],
    hours: [1, 1.5],
    crew: 1,
    kind: 'service',
    weight: 7,
    season: { 1: 0, 2: 0, 3: 0.3, 4: 2.5, 5: 3.5, 6: 3, 7: 1.5, 8: 0.5, 9: 0.2, 10: 0, 11: 0, 12: 0 },
    parts: [
      { description: 'Condenser coil cleaner', unit: 'ea', costCents: 1_450, quantity: [1, 1], chance: 0.7 },
      { description: 'Dual run capacitor 45/5 µF', unit: 'ea', costCents: 2_800, quantity: [1, 1], chance: 0.25 },
    ],
    extras: [],
    flatFee: { description: 'Cooling system tune-up (21-point inspection)', priceCents: 18_900 },
    notes: ['Capacitor reading 38 µF on a 45 — replaced.', 'Condenser coil very dirty; cleaned twice.', 'System running normally; 18°F split.'],
  },
  {
    category: 'heating_tune_up',
    trade: 'hvac',
    titles: ['Furnace tune-up', 'Boiler cleaning & tune-up', 'Heating season maintenance'],
    descriptions: ['Annual heating maintenance: combustion test, clean burner, replace filter or nozzle.'],
    hours: [1.5, 2],
    crew: 1,
    kind: 'service',
    weight: 7,
    season: { 1: 0.5, 2: 0.2, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0.5, 9: 2.5, 10: 3.5, 11: 2.5, 12: 1 },
    parts: [
      { description: 'Furnace filter MERV 11 16x25x1', unit: 'ea', costCents: 1_650, quantity: [1, 2], chance: 0.6 },
      { description: 'Oil nozzle & filter kit', unit: 'ea', costCents: 3_800, quantity: [1, 1], chance: 0.4 },
    ],
    extras: [],
    flatFee: { description: 'Heating system tune-up & combustion test', priceCents: 19_900 },
    notes: ['CO at 12 ppm air-free — good.', 'Heat exchanger looks fine; recommended a humidifier pad.', 'Boiler efficiency 84%.'],
  },
  {
    category: 'furnace_repair',
    trade: 'hvac',
    titles: ['Furnace repair — no heat', 'Replace ignitor & flame sensor', 'Inducer motor replacement', 'Boiler not firing — service call'],
    descriptions: ['No-heat call: diagnose and repair.'],
    hours: [1.5, 3.5],
    crew: 1,
    kind: 'service',
    weight: 7,
    season: { 1: 3, 2: 2.5, 3: 1, 4: 0.3, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0.3, 10: 1, 11: 2, 12: 3 },
    parts: [
      { description: 'Hot surface ignitor', unit: 'ea', costCents: 4_900, quantity: [1, 1], chance: 0.5 },
      { description: 'Flame sensor', unit: 'ea', costCents: 2_600, quantity: [1, 1], chance: 0.4 },
      { description: 'Inducer motor assembly', unit: 'ea', costCents: 31_900, quantity: [1, 1], chance: 0.2 },
      { description: 'Pressure switch', unit: 'ea', costCents: 5_400, quantity: [1, 1], chance: 0.2 },
    ],
    extras: [diagnostic],
    notes: ['Cracked ignitor — replaced; cycled three times OK.', 'Heat restored 4:40 pm.', 'Recommended replacement quote — unit is 24 years old.'],
  },
  {
    category: 'ac_repair',
    trade: 'hvac',
    titles: ['AC not cooling — service call', 'Replace capacitor & contactor', 'Refrigerant leak diagnosis', 'Condenser fan motor replacement'],
    descriptions: ['Cooling call: diagnose and repair.'],
    hours: [1.5, 3.5],
    crew: 1,
    kind: 'service',
    weight: 6,
    season: { 1: 0, 2: 0, 3: 0, 4: 0.2, 5: 0.8, 6: 2.5, 7: 3.5, 8: 3, 9: 1, 10: 0.1, 11: 0, 12: 0 },
    parts: [
      { description: 'Dual run capacitor 45/5 µF', unit: 'ea', costCents: 2_800, quantity: [1, 1], chance: 0.5 },
      { description: '2-pole 40A contactor', unit: 'ea', costCents: 3_200, quantity: [1, 1], chance: 0.4 },
      { description: 'R-410A refrigerant', unit: 'lb', costCents: 4_500, quantity: [1.5, 4], step: 0.25, chance: 0.4 },
      { description: 'Condenser fan motor', unit: 'ea', costCents: 21_900, quantity: [1, 1], chance: 0.2 },
    ],
    extras: [diagnostic],
    notes: ['Leak found at the service valve — tightened and recharged.', 'Contactor pitted; replaced.', 'Customer asked for a heat pump replacement quote.'],
  },
  {
    category: 'water_heater',
    trade: 'hvac',
    titles: ['Heat pump water heater install (50 gal)', 'Water heater replacement (50 gal gas)'],
    descriptions: ['Replace the failing tank with a new 50-gallon unit; expansion tank and code upgrades included.'],
    hours: [4, 6],
    crew: 'either',
    kind: 'project',
    weight: 5,
    parts: [
      { description: 'Rheem ProTerra 50-gal heat pump water heater', unit: 'ea', costCents: 189_000, quantity: [1, 1] },
      { description: 'Thermal expansion tank', unit: 'ea', costCents: 6_800, quantity: [1, 1] },
      { description: 'Fittings, valves & venting', unit: 'lot', costCents: 14_500, quantity: [1, 1] },
    ],
    extras: [permit('mechanical', 12_500), haulAway],
    installs: [{ kind: 'Water heater', make: 'Rheem', model: 'ProTerra 50 gal heat pump', warrantyYears: 10, warrantyNotes: '10-yr tank & parts; 1-yr labor.' }],
    notes: ['Old tank was leaking at the bottom seam — drained and hauled away.', 'Set to heat-pump-only mode at 125°F.'],
  },
  {
    category: 'furnace_replacement',
    trade: 'hvac',
    titles: ['High-efficiency furnace replacement', 'Replace 25-year-old furnace (96% AFUE)'],
    descriptions: ['Replace the existing furnace with a 96% AFUE two-stage unit; new PVC venting and condensate.'],
    hours: [10, 16],
    crew: 2,
    kind: 'project',
    weight: 3,
    season: { 9: 2, 10: 2, 11: 2, 12: 1.5, 1: 1.5 },
    parts: [
      { description: 'Carrier 96% AFUE 80k BTU two-stage furnace', unit: 'ea', costCents: 329_000, quantity: [1, 1] },
      { description: 'PVC venting & condensate kit', unit: 'kit', costCents: 21_500, quantity: [1, 1] },
      { description: 'Media filter cabinet', unit: 'ea', costCents: 11_500, quantity: [1, 1], chance: 0.6 },
    ],
    extras: [permit('mechanical', 25_000), haulAway],
    installs: [{ kind: 'Furnace', make: 'Carrier', model: 'Performance 59SC5 96%', warrantyYears: 10, warrantyNotes: '10-yr parts, lifetime heat exchanger; 2-yr labor.' }],
    notes: ['Chimney liner abandoned; capped.', 'Gas pressure 3.5" WC on high fire.'],
  },
  {
    category: 'duct_work',
    trade: 'hvac',
    titles: ['Duct sealing & new return', 'Add supply run to finished basement'],
    descriptions: ['Seal accessible ductwork with mastic and add a dedicated return for the second floor.'],
    hours: [5, 8],
    crew: 'either',
    kind: 'project',
    weight: 3,
    parts: [
      { description: 'Insulated flex duct & fittings', unit: 'lot', costCents: 42_000, quantity: [1, 1] },
      { description: 'Duct mastic & foil tape', unit: 'lot', costCents: 5_800, quantity: [1, 1] },
      { description: 'Return grille 20x20', unit: 'ea', costCents: 3_500, quantity: [1, 2] },
    ],
    extras: [],
    notes: ['Static pressure dropped from 0.9 to 0.6" WC.'],
  },
  {
    category: 'thermostat',
    trade: 'hvac',
    titles: ['Smart thermostat install (ecobee)', 'Replace thermostat & add C-wire'],
    descriptions: ['Install a smart thermostat and set up the app with the homeowner.'],
    hours: [1, 2],
    crew: 1,
    kind: 'service',
    weight: 4,
    parts: [
      { description: 'ecobee Premium smart thermostat', unit: 'ea', costCents: 24_900, quantity: [1, 1] },
      { description: 'C-wire power adapter', unit: 'ea', costCents: 2_200, quantity: [1, 1], chance: 0.4 },
    ],
    extras: [],
    notes: ['Configured for heat pump with aux heat lockout at 25°F.'],
  },
]

export const templateByCategory = new Map(templates.map((t) => [t.category, t]))

/** Equipment found in customers' homes (not installed by the company). */
export const existingEquipment: { kind: string; options: [make: string, model: string][]; warrantyYears: number }[] = [
  { kind: 'Electrical panel', options: [['Square D', 'Homeline 100A'], ['Federal Pacific', 'Stab-Lok 100A'], ['Siemens', 'PN Series 150A'], ['Eaton', 'BR 200A'], ['Zinsco', 'Sylvania 100A']], warrantyYears: 0 },
  { kind: 'Furnace', options: [['Lennox', 'SL280UHV'], ['Rheem', 'R96V'], ['Trane', 'XR80'], ['Carrier', '58STA']], warrantyYears: 10 },
  { kind: 'Oil boiler', options: [['Burnham', 'MPO-IQ 115'], ['Weil-McLain', 'WGO-4'], ['Buderus', 'G115']], warrantyYears: 10 },
  { kind: 'Central AC', options: [['Trane', 'XR14'], ['Carrier', 'Comfort 24ABC6'], ['Goodman', 'GSX14']], warrantyYears: 10 },
  { kind: 'Heat pump', options: [['Daikin', 'FIT DZ17VSA'], ['Carrier', '25VNA8'], ['Trane', 'XV18']], warrantyYears: 10 },
  { kind: 'Mini-split', options: [['Fujitsu', 'AOU15RLS3H'], ['Mitsubishi', 'MUZ-FS12NA'], ['Daikin', 'RXB12AXVJU']], warrantyYears: 10 },
  { kind: 'Water heater', options: [['A. O. Smith', 'ProLine 50 gal'], ['Bradford White', 'RG250T6N'], ['Navien', 'NPE-240A2 tankless']], warrantyYears: 6 },
  { kind: 'Generator', options: [['Generac', 'Guardian 14kW'], ['Kohler', '20RESCL']], warrantyYears: 5 },
  { kind: 'EV charger', options: [['Emporia', 'Level 2 48A'], ['JuiceBox', '40']], warrantyYears: 3 },
]
