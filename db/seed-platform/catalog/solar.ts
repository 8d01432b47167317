import type { Item, TradeCatalog } from './types'

const inverter: Item = { description: 'String inverter 7.6kW', unit: 'ea', costCents: 160_000, quantity: [1, 1], brands: ['SolarEdge', 'Enphase', 'SMA', 'Fronius'], equipment: true }
const mc4: Item = { description: 'MC4 connector pair', unit: 'ea', costCents: 600, quantity: [2, 6], brands: ['Stäubli', 'Amphenol'] }

export const solar: TradeCatalog = {
  laborLine: 'Solar installer labor',
  categories: [
    {
      slug: 'solar_install',
      titles: ['Rooftop solar PV install', '8 kW solar system', 'Solar array with monitoring'],
      hours: 40, priceCents: 2_400_000, bidShare: 0.98, weight: 10, materialShare: 0.55,
      installs: [{ kind: 'solar_inverter', weight: 1 }],
      materials: [
        { description: '400W monocrystalline panel', unit: 'ea', costCents: 23_000, quantity: [16, 30], brands: ['REC', 'Qcells', 'Canadian Solar', 'Silfab'] },
        inverter,
        { description: 'Racking rail (14 ft)', unit: 'ea', costCents: 6_500, quantity: [8, 16], brands: ['IronRidge', 'Unirac'] },
        { description: 'Flashed roof attachment', unit: 'ea', costCents: 1_200, quantity: [24, 48], brands: ['IronRidge', 'QuickBOLT'] },
      ],
    },
    {
      slug: 'battery_storage',
      titles: ['Home battery install', 'Battery backup for solar', '13.5 kWh storage system'],
      hours: 12, priceCents: 1_450_000, bidShare: 0.95, weight: 4, materialShare: 0.6,
      materials: [
        { description: '13.5 kWh home battery', unit: 'ea', costCents: 850_000, quantity: [1, 1], brands: ['Tesla', 'Enphase', 'FranklinWH', 'LG'] },
        { description: '60A battery disconnect', unit: 'ea', costCents: 9_000, quantity: [1, 1], brands: ['Eaton', 'Square D'] },
      ],
    },
    {
      slug: 'inverter_replacement',
      titles: ['Inverter replacement', 'Failed inverter swap', 'Solar inverter upgrade'],
      hours: 5, priceCents: 320_000, bidShare: 0.85, weight: 4, materialShare: 0.55,
      installs: [{ kind: 'solar_inverter', weight: 1 }],
      materials: [inverter, { ...mc4, chance: 0.6 }],
    },
    {
      slug: 'solar_repair',
      titles: ['Solar system repair', 'Panels not producing', 'Optimizer replacement'],
      hours: 3, priceCents: 55_000, bidShare: 0.2, weight: 5,
      repairs: { share: 0.6, kinds: [{ kind: 'solar_inverter', weight: 1 }] },
      materials: [
        { description: 'Power optimizer', unit: 'ea', costCents: 9_000, quantity: [1, 3], brands: ['SolarEdge', 'Tigo'], chance: 0.5 },
        { ...mc4, chance: 0.6 },
      ],
    },
    {
      slug: 'service_call',
      titles: ['Solar service call', 'Monitoring offline', 'Production check'],
      hours: 2, priceCents: 25_000, bidShare: 0, weight: 4,
      materials: [
        { ...mc4, chance: 0.4 },
        { description: 'Critter guard mesh (100 ft)', unit: 'roll', costCents: 6_500, quantity: [1, 1], brands: ['SolaDeck', 'Enviro-Guard'], chance: 0.3 },
      ],
    },
  ],
}
