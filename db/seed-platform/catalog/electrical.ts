import type { Item, TradeCatalog } from './types'

const breakerBrands = ['Square D', 'Eaton', 'Siemens']
const breaker20: Item = { description: '20A single-pole breaker', unit: 'ea', costCents: 900, quantity: [1, 4], brands: breakerBrands }
const receptacle: Item = { description: '15A duplex receptacle', unit: 'ea', costCents: 250, quantity: [1, 6], brands: ['Leviton', 'Eaton', 'Legrand'] }
const box: Item = { description: 'Old-work electrical box', unit: 'ea', costCents: 150, quantity: [1, 6], brands: ['Carlon', 'Allied'] }
const romex14: Item = { description: '14/2 NM-B cable (250 ft)', unit: 'roll', costCents: 8_500, quantity: [1, 1], brands: ['Southwire', 'Cerrowire'] }
const romex12: Item = { description: '12/2 NM-B cable (250 ft)', unit: 'roll', costCents: 11_500, quantity: [1, 1], brands: ['Southwire', 'Cerrowire'] }

export const electrical: TradeCatalog = {
  laborLine: 'Licensed electrician labor',
  categories: [
    {
      slug: 'panel_upgrade',
      titles: ['200A panel upgrade', 'Service upgrade to 200 amps', 'Main panel replacement'],
      hours: 10, priceCents: 320_000, bidShare: 0.9, weight: 10,
      installs: [{ kind: 'electrical_panel', weight: 1 }],
      materials: [
        { description: '200A main breaker panel', unit: 'ea', costCents: 28_900, quantity: [1, 1], brands: breakerBrands, equipment: true },
        { ...breaker20, quantity: [6, 16] },
        { description: '2/0 aluminum SER cable', unit: 'ft', costCents: 450, quantity: [10, 30], brands: ['Southwire', 'Cerrowire'] },
        { description: '200A meter socket', unit: 'ea', costCents: 9_500, quantity: [1, 1], brands: ['Milbank', 'Eaton'], chance: 0.5 },
        { description: '8 ft copper-bonded ground rod', unit: 'ea', costCents: 1_800, quantity: [2, 2], brands: ['Erico', 'Galvan'] },
      ],
    },
    {
      slug: 'ev_charger',
      titles: ['Level 2 EV charger install', 'EV charger circuit and install', 'NEMA 14-50 outlet for EV'],
      hours: 4, priceCents: 145_000, bidShare: 0.85, weight: 9, materialShare: 0.45,
      materials: [
        { description: 'Level 2 EV charger 48A', unit: 'ea', costCents: 55_000, quantity: [1, 1], brands: ['ChargePoint', 'Tesla', 'Emporia', 'Grizzl-E'], chance: 0.4 },
        { description: '50A two-pole breaker', unit: 'ea', costCents: 2_400, quantity: [1, 1], brands: breakerBrands },
        { description: '6/3 NM-B cable', unit: 'ft', costCents: 380, quantity: [20, 60], brands: ['Southwire', 'Cerrowire'] },
        { description: 'NEMA 14-50 receptacle', unit: 'ea', costCents: 1_500, quantity: [1, 1], brands: ['Leviton', 'Hubbell'], chance: 0.6 },
      ],
    },
    {
      slug: 'circuit_addition',
      titles: ['Dedicated circuit for appliance', 'Add two 20A kitchen circuits', 'New circuit for garage'],
      hours: 3, priceCents: 65_000, bidShare: 0.6, weight: 12,
      materials: [breaker20, romex12, receptacle, box],
    },
    {
      slug: 'rewiring',
      titles: ['Whole-house rewire', 'Knob and tube replacement', 'Partial rewire of first floor'],
      hours: 40, priceCents: 1_400_000, bidShare: 0.95, weight: 3,
      materials: [
        { ...romex14, quantity: [3, 8] },
        { ...romex12, quantity: [2, 5] },
        { ...receptacle, quantity: [20, 45] },
        { description: 'Single-pole switch', unit: 'ea', costCents: 200, quantity: [10, 25], brands: ['Leviton', 'Eaton', 'Legrand'] },
        { ...box, quantity: [20, 50] },
      ],
    },
    {
      slug: 'lighting',
      titles: ['Recessed lighting install', 'Kitchen can lights', 'Light fixture replacement'],
      hours: 5, priceCents: 120_000, bidShare: 0.7, weight: 12,
      materials: [
        { description: '6 in LED recessed light', unit: 'ea', costCents: 2_400, quantity: [4, 12], brands: ['Halo', 'Lithonia', 'Juno'] },
        { description: 'LED dimmer switch', unit: 'ea', costCents: 2_800, quantity: [1, 3], brands: ['Lutron', 'Leviton'] },
        romex14,
      ],
    },
    {
      slug: 'generator_install',
      titles: ['Standby generator install', '22kW generator with transfer switch', 'Whole-home generator'],
      hours: 16, priceCents: 1_250_000, bidShare: 0.95, weight: 4, materialShare: 0.55,
      installs: [{ kind: 'generator', weight: 1 }],
      materials: [
        { description: '22kW standby generator', unit: 'ea', costCents: 520_000, quantity: [1, 1], brands: ['Generac', 'Kohler', 'Briggs & Stratton', 'Cummins'], equipment: true },
        { description: '200A automatic transfer switch', unit: 'ea', costCents: 65_000, quantity: [1, 1], brands: ['Generac', 'Kohler', 'Eaton'] },
        { description: 'Composite generator pad', unit: 'ea', costCents: 18_000, quantity: [1, 1], brands: [] },
      ],
    },
    {
      slug: 'surge_protection',
      titles: ['Whole-house surge protector', 'Surge protection at the panel'],
      hours: 1.5, priceCents: 45_000, bidShare: 0.5, weight: 6,
      materials: [
        { description: 'Whole-house surge protector', unit: 'ea', costCents: 9_500, quantity: [1, 1], brands: ['Eaton', 'Square D', 'Siemens', 'Leviton'] },
        { description: '30A two-pole breaker', unit: 'ea', costCents: 1_800, quantity: [1, 1], brands: breakerBrands },
      ],
    },
    {
      slug: 'smoke_detectors',
      titles: ['Hardwired smoke and CO detectors', 'Smoke alarm replacement throughout'],
      hours: 3, priceCents: 65_000, bidShare: 0.4, weight: 7,
      materials: [{ description: 'Hardwired smoke/CO combo alarm', unit: 'ea', costCents: 4_200, quantity: [3, 8], brands: ['Kidde', 'First Alert', 'BRK'] }],
    },
    {
      slug: 'service_call',
      titles: ['Electrical service call', 'Tripping breaker diagnosis', 'Dead outlets troubleshooting'],
      hours: 1.5, priceCents: 25_000, bidShare: 0, weight: 12,
      repairs: { share: 0.35, kinds: [{ kind: 'electrical_panel', weight: 3 }, { kind: 'generator', weight: 1 }] },
      materials: [
        { description: 'Wire connectors (box)', unit: 'box', costCents: 1_200, quantity: [1, 1], brands: ['Ideal', '3M'], chance: 0.6 },
        { ...receptacle, quantity: [1, 2], chance: 0.4 },
        { ...breaker20, quantity: [1, 1], chance: 0.3 },
      ],
    },
  ],
}
