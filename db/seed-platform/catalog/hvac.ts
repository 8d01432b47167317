import type { Item, TradeCatalog } from './types'

const hvacBrands = ['Carrier', 'Trane', 'Lennox', 'Goodman', 'Rheem']
const filter: Item = { description: 'Furnace filter 16x25x1', unit: 'ea', costCents: 1_200, quantity: [1, 2], brands: ['Filtrete', 'Honeywell'] }
const refrigerant: Item = { description: 'R-454B refrigerant', unit: 'lb', costCents: 2_600, quantity: [2, 6], brands: ['Chemours', 'Honeywell'] }
const lineSet: Item = { description: 'Line set 3/8 x 3/4 (25 ft)', unit: 'ea', costCents: 11_000, quantity: [1, 1], brands: ['Mueller', 'Diversitech'], chance: 0.5 }
const thermostat: Item = { description: 'Programmable thermostat', unit: 'ea', costCents: 12_000, quantity: [1, 1], brands: ['Honeywell', 'ecobee', 'Emerson'], chance: 0.4 }

export const hvac: TradeCatalog = {
  laborLine: 'HVAC technician labor',
  categories: [
    {
      slug: 'furnace_replacement',
      titles: ['Furnace replacement', 'High-efficiency furnace install', 'Heating system replacement'],
      hours: 10, priceCents: 560_000, bidShare: 0.9, weight: 6, materialShare: 0.5, season: { peak: 11, strength: 0.5 },
      installs: [{ kind: 'furnace', weight: 4 }, { kind: 'boiler', weight: 1 }],
      materials: [
        { description: '80k BTU 96% gas furnace', unit: 'ea', costCents: 145_000, quantity: [1, 1], brands: hvacBrands, equipment: true },
        filter,
        { description: '2 in PVC pipe (10 ft)', unit: 'ea', costCents: 1_100, quantity: [2, 5], brands: ['Charlotte Pipe', 'JM Eagle'] },
        thermostat,
      ],
    },
    {
      slug: 'furnace_repair',
      titles: ['Furnace repair', 'No heat call', 'Furnace short cycling'],
      hours: 2, priceCents: 40_000, bidShare: 0.05, weight: 7, season: { peak: 1, strength: 0.7 },
      repairs: { share: 0.85, kinds: [{ kind: 'furnace', weight: 4 }, { kind: 'boiler', weight: 1 }] },
      materials: [
        { description: 'Hot surface igniter', unit: 'ea', costCents: 3_500, quantity: [1, 1], brands: ['White-Rodgers', 'Honeywell'], chance: 0.5 },
        { description: 'Flame sensor', unit: 'ea', costCents: 1_800, quantity: [1, 1], brands: ['White-Rodgers', 'Honeywell'], chance: 0.4 },
      ],
    },
    {
      slug: 'ac_replacement',
      titles: ['AC replacement', 'Central air condenser replacement', 'New air conditioner and coil'],
      hours: 10, priceCents: 680_000, bidShare: 0.9, weight: 6, materialShare: 0.5, season: { peak: 6, strength: 0.6 },
      installs: [{ kind: 'air_conditioner', weight: 1 }],
      materials: [
        { description: '3-ton 16 SEER2 condenser', unit: 'ea', costCents: 190_000, quantity: [1, 1], brands: hvacBrands, equipment: true },
        { description: 'Evaporator coil 3-ton', unit: 'ea', costCents: 65_000, quantity: [1, 1], brands: hvacBrands, chance: 0.6 },
        refrigerant,
        lineSet,
        { description: 'Condenser pad', unit: 'ea', costCents: 4_500, quantity: [1, 1], brands: ['Diversitech'] },
      ],
    },
    {
      slug: 'ac_repair',
      titles: ['AC repair', 'No cooling call', 'AC not cooling'],
      hours: 2, priceCents: 45_000, bidShare: 0.05, weight: 8, season: { peak: 7, strength: 0.8 },
      repairs: { share: 0.85, kinds: [{ kind: 'air_conditioner', weight: 7 }, { kind: 'heat_pump', weight: 3 }] },
      materials: [
        { description: 'R-410A refrigerant', unit: 'lb', costCents: 6_500, quantity: [1, 4], brands: ['Chemours', 'Honeywell'], chance: 0.6 },
        { description: 'Dual run capacitor 45/5 MFD', unit: 'ea', costCents: 2_200, quantity: [1, 1], brands: ['Titan Pro', 'Genteq', 'Packard'], chance: 0.5 },
      ],
    },
    {
      slug: 'heat_pump_install',
      titles: ['Heat pump install', 'Cold-climate heat pump conversion', 'Heat pump and air handler replacement'],
      hours: 14, priceCents: 1_150_000, bidShare: 0.95, weight: 5, materialShare: 0.5,
      installs: [{ kind: 'heat_pump', weight: 1 }],
      materials: [
        { description: '3-ton heat pump outdoor unit', unit: 'ea', costCents: 260_000, quantity: [1, 1], brands: ['Carrier', 'Trane', 'Mitsubishi', 'Daikin', 'Goodman'], equipment: true },
        { description: 'Air handler 3-ton', unit: 'ea', costCents: 120_000, quantity: [1, 1], brands: hvacBrands },
        refrigerant,
        lineSet,
        thermostat,
      ],
    },
    {
      slug: 'mini_split_install',
      titles: ['Ductless mini-split install', 'Mini-split for addition', 'Two-zone mini-split'],
      hours: 9, priceCents: 480_000, bidShare: 0.9, weight: 5, materialShare: 0.45,
      materials: [
        { description: '12k BTU ductless mini-split system', unit: 'ea', costCents: 140_000, quantity: [1, 2], brands: ['Mitsubishi', 'Daikin', 'Fujitsu', 'LG'] },
        { description: 'Line set 1/4 x 1/2 (25 ft)', unit: 'ea', costCents: 8_500, quantity: [1, 2], brands: ['Mueller', 'Diversitech'] },
        { description: 'Condensate pump', unit: 'ea', costCents: 7_500, quantity: [1, 1], brands: ['Little Giant', 'Sauermann'], chance: 0.4 },
        { description: 'Wall mounting bracket', unit: 'ea', costCents: 6_000, quantity: [1, 1], brands: ['Diversitech', 'QuickSling'] },
      ],
    },
    {
      slug: 'duct_work',
      titles: ['Duct replacement', 'New supply runs', 'Duct sealing and repair'],
      hours: 12, priceCents: 340_000, bidShare: 0.85, weight: 4,
      materials: [
        { description: '8 in insulated flex duct (25 ft)', unit: 'ea', costCents: 4_200, quantity: [2, 6], brands: ['Atco', 'Hart & Cooley'] },
        { description: 'Sheet metal trunk (5 ft)', unit: 'ea', costCents: 3_500, quantity: [2, 6], brands: [] },
        { description: 'Register boot 4x10', unit: 'ea', costCents: 900, quantity: [4, 10], brands: ['Hart & Cooley', 'Speedi-Products'] },
        { description: 'Foil HVAC tape', unit: 'roll', costCents: 1_400, quantity: [1, 3], brands: ['Nashua', '3M'] },
      ],
    },
    {
      slug: 'ac_tune_up',
      titles: ['AC tune-up', 'Spring cooling maintenance'],
      hours: 1.25, spread: 0.25, priceCents: 15_000, bidShare: 0, weight: 8, materialShare: 0.1, season: { peak: 5, strength: 0.9 },
      materials: [
        { description: 'Condenser coil cleaner', unit: 'ea', costCents: 1_200, quantity: [1, 1], brands: ['Nu-Calgon', 'Diversitech'], chance: 0.7 },
        { ...filter, chance: 0.6 },
      ],
    },
    {
      slug: 'heating_tune_up',
      titles: ['Heating tune-up', 'Fall furnace maintenance'],
      hours: 1.25, spread: 0.25, priceCents: 15_000, bidShare: 0, weight: 8, materialShare: 0.1, season: { peak: 10, strength: 0.9 },
      materials: [
        { ...filter, chance: 0.8 },
        { description: 'Flame sensor', unit: 'ea', costCents: 1_800, quantity: [1, 1], brands: ['White-Rodgers', 'Honeywell'], chance: 0.1 },
      ],
    },
    {
      slug: 'service_call',
      titles: ['HVAC service call', 'Thermostat troubleshooting', 'Boiler not heating'],
      hours: 1.5, priceCents: 20_000, bidShare: 0, weight: 6,
      repairs: { share: 0.35, kinds: [{ kind: 'boiler', weight: 2 }, { kind: 'heat_pump', weight: 2 }, { kind: 'furnace', weight: 1 }] },
      materials: [{ ...thermostat, chance: 0.2 }, { ...filter, chance: 0.4 }],
    },
  ],
}
