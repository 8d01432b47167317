import type { Item, TradeCatalog } from './types'

const pipeBrands = ['Charlotte Pipe', 'JM Eagle']
const pexBrands = ['Uponor', 'Viega', 'SharkBite']
const supplyLine: Item = { description: 'Braided supply line 20 in', unit: 'ea', costCents: 900, quantity: [1, 2], brands: ['Fluidmaster', 'BrassCraft'] }

export const plumbing: TradeCatalog = {
  laborLine: 'Licensed plumber labor',
  categories: [
    {
      slug: 'water_heater',
      titles: ['Water heater replacement', '50 gallon water heater install', 'Replace leaking water heater'],
      hours: 4, priceCents: 210_000, bidShare: 0.8, weight: 12, materialShare: 0.45,
      installs: [{ kind: 'water_heater', weight: 1 }],
      materials: [
        { description: '50 gal gas water heater', unit: 'ea', costCents: 78_000, quantity: [1, 1], brands: ['Rheem', 'A. O. Smith', 'Bradford White', 'State'], choice: 'tank', chance: 0.7, equipment: true },
        { description: '50 gal electric water heater', unit: 'ea', costCents: 62_000, quantity: [1, 1], brands: ['Rheem', 'A. O. Smith', 'Bradford White', 'State'], choice: 'tank', chance: 0.3, equipment: true },
        { description: 'Thermal expansion tank 2 gal', unit: 'ea', costCents: 4_500, quantity: [1, 1], brands: ['Watts', 'Amtrol'], chance: 0.6 },
        { description: 'T&P relief valve', unit: 'ea', costCents: 2_200, quantity: [1, 1], brands: ['Watts', 'Cash Acme'], chance: 0.5 },
        { description: 'Water heater drain pan', unit: 'ea', costCents: 2_500, quantity: [1, 1], brands: ['Oatey', 'Camco'], chance: 0.5 },
        { description: '3/4 in gas flex connector', unit: 'ea', costCents: 1_800, quantity: [1, 1], brands: ['BrassCraft', 'Dormont'], chance: 0.7 },
      ],
    },
    {
      slug: 'tankless_water_heater',
      titles: ['Tankless water heater install', 'Convert tank to tankless', 'Tankless water heater replacement'],
      hours: 7, priceCents: 420_000, bidShare: 0.9, weight: 5, materialShare: 0.5,
      installs: [{ kind: 'tankless_water_heater', weight: 1 }],
      materials: [
        { description: '199k BTU tankless water heater', unit: 'ea', costCents: 155_000, quantity: [1, 1], brands: ['Navien', 'Rinnai', 'Noritz', 'Rheem'], equipment: true },
        { description: 'Tankless isolation valve kit', unit: 'ea', costCents: 9_500, quantity: [1, 1], brands: ['Webstone', 'Navien'] },
        { description: '3 in PVC vent kit', unit: 'ea', costCents: 6_500, quantity: [1, 1], brands: ['IPEX', 'Diversitech'] },
        { description: '3/4 in gas flex connector', unit: 'ea', costCents: 1_800, quantity: [1, 1], brands: ['BrassCraft', 'Dormont'] },
      ],
    },
    {
      slug: 'drain_cleaning',
      titles: ['Drain cleaning', 'Kitchen drain clog', 'Main line hydro jetting'],
      hours: 1.5, priceCents: 32_500, bidShare: 0.1, weight: 14, materialShare: 0.1,
      materials: [
        { description: 'Enzyme drain treatment', unit: 'ea', costCents: 1_500, quantity: [1, 2], brands: ['Roebic', 'Bio-Clean'], chance: 0.3 },
        { description: '3 in cleanout plug', unit: 'ea', costCents: 600, quantity: [1, 1], brands: ['Oatey', 'Sioux Chief'], chance: 0.2 },
      ],
    },
    {
      slug: 'sewer_line',
      titles: ['Sewer line replacement', 'Sewer lateral repair', 'Main line excavation and repair'],
      hours: 16, priceCents: 750_000, bidShare: 0.95, weight: 3,
      materials: [
        { description: '4 in PVC SDR-35 pipe (10 ft)', unit: 'ea', costCents: 3_200, quantity: [4, 10], brands: pipeBrands },
        { description: '4 in flexible coupling', unit: 'ea', costCents: 900, quantity: [2, 6], brands: ['Fernco', 'Charlotte Pipe'] },
        { description: '4 in cleanout tee', unit: 'ea', costCents: 2_400, quantity: [1, 1], brands: ['Charlotte Pipe', 'NIBCO'] },
        { description: 'Pipe bedding gravel', unit: 'ton', costCents: 4_500, quantity: [2, 6], brands: [] },
      ],
    },
    {
      slug: 'repipe',
      titles: ['Whole-house PEX repipe', 'Galvanized pipe replacement', 'Polybutylene repipe'],
      hours: 32, priceCents: 980_000, bidShare: 0.95, weight: 3,
      materials: [
        { description: '1/2 in PEX (100 ft)', unit: 'roll', costCents: 4_200, quantity: [3, 8], brands: pexBrands },
        { description: '3/4 in PEX (100 ft)', unit: 'roll', costCents: 7_800, quantity: [1, 3], brands: pexBrands },
        { description: 'PEX crimp rings (100)', unit: 'bag', costCents: 1_800, quantity: [2, 4], brands: pexBrands },
        { description: 'PEX manifold 12-port', unit: 'ea', costCents: 16_000, quantity: [1, 1], brands: pexBrands, chance: 0.5 },
        { description: 'Quarter-turn stop valve', unit: 'ea', costCents: 1_100, quantity: [8, 16], brands: ['BrassCraft', 'Dahl'] },
      ],
    },
    {
      slug: 'fixture_install',
      titles: ['Faucet replacement', 'Toilet install', 'Garbage disposal install'],
      hours: 2.5, priceCents: 55_000, bidShare: 0.4, weight: 14, materialShare: 0.45,
      materials: [
        { description: 'Kitchen faucet', unit: 'ea', costCents: 18_000, quantity: [1, 1], brands: ['Moen', 'Delta', 'Kohler'], choice: 'fixture', chance: 0.4 },
        { description: 'Toilet, elongated 1.28 gpf', unit: 'ea', costCents: 24_000, quantity: [1, 1], brands: ['Kohler', 'American Standard', 'TOTO'], choice: 'fixture', chance: 0.35 },
        { description: '1/2 HP garbage disposal', unit: 'ea', costCents: 13_000, quantity: [1, 1], brands: ['InSinkErator', 'Moen'], choice: 'fixture', chance: 0.25 },
        supplyLine,
        { description: 'Wax ring with bolts', unit: 'ea', costCents: 500, quantity: [1, 1], brands: ['Oatey', 'Fluidmaster'], chance: 0.3 },
      ],
    },
    {
      slug: 'leak_repair',
      titles: ['Leak repair under sink', 'Burst pipe repair', 'Pinhole leak in copper line'],
      hours: 2.5, priceCents: 45_000, bidShare: 0.1, weight: 12, materialShare: 0.2,
      materials: [
        { description: '1/2 in copper pipe (10 ft)', unit: 'ea', costCents: 3_800, quantity: [1, 1], brands: ['Mueller', 'Cerro'], chance: 0.5 },
        { description: '1/2 in push-to-connect coupling', unit: 'ea', costCents: 1_100, quantity: [1, 4], brands: ['SharkBite', 'Apollo'] },
        { description: 'Pipe repair clamp', unit: 'ea', costCents: 1_500, quantity: [1, 1], brands: ['Mueller', 'Everbilt'], chance: 0.3 },
      ],
    },
    {
      slug: 'sump_pump',
      titles: ['Sump pump replacement', 'New sump pump and pit', 'Sump pump with check valve'],
      hours: 3, priceCents: 95_000, bidShare: 0.6, weight: 6,
      installs: [{ kind: 'sump_pump', weight: 1 }],
      materials: [
        { description: '1/3 HP submersible sump pump', unit: 'ea', costCents: 19_000, quantity: [1, 1], brands: ['Zoeller', 'Wayne', 'Liberty', 'Superior Pump'], equipment: true },
        { description: '1-1/2 in check valve', unit: 'ea', costCents: 2_400, quantity: [1, 1], brands: ['Zoeller', 'Flotec'] },
        { description: '1-1/2 in PVC pipe (10 ft)', unit: 'ea', costCents: 1_400, quantity: [1, 2], brands: pipeBrands },
      ],
    },
    {
      slug: 'service_call',
      titles: ['Plumbing service call', 'No hot water diagnosis', 'Running toilet and dripping faucet'],
      hours: 1.5, priceCents: 22_500, bidShare: 0, weight: 10,
      repairs: { share: 0.5, kinds: [{ kind: 'water_heater', weight: 5 }, { kind: 'tankless_water_heater', weight: 2 }, { kind: 'sump_pump', weight: 2 }] },
      materials: [
        { description: 'Faucet cartridge', unit: 'ea', costCents: 2_800, quantity: [1, 1], brands: ['Moen', 'Delta'], chance: 0.4 },
        { description: 'Toilet fill valve', unit: 'ea', costCents: 1_400, quantity: [1, 1], brands: ['Fluidmaster', 'Korky'], chance: 0.4 },
        { description: 'Thread sealant tape', unit: 'ea', costCents: 300, quantity: [1, 2], brands: ['Oatey', 'Harvey'], chance: 0.5 },
      ],
    },
  ],
}
