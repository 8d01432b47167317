import type { Item, TradeCatalog } from './types'

const studs: Item = { description: '2x4 stud 8 ft', unit: 'ea', costCents: 550, quantity: [150, 400], brands: ['Weyerhaeuser', 'Louisiana-Pacific'] }
const drywall: Item = { description: '1/2 in drywall 4x8', unit: 'sheet', costCents: 1_400, quantity: [80, 200], brands: ['USG', 'CertainTeed'] }
const concrete: Item = { description: 'Concrete mix 80 lb', unit: 'bag', costCents: 700, quantity: [10, 40], brands: ['Quikrete', 'Sakrete'] }

export const generalContracting: TradeCatalog = {
  laborLine: 'Carpentry crew labor',
  categories: [
    {
      slug: 'addition',
      titles: ['Family room addition', 'Second-story addition', 'Primary suite addition'],
      hours: 320, spread: 0.3, priceCents: 12_500_000, bidShare: 1, weight: 2, materialShare: 0.4,
      materials: [
        { description: '2x6 stud 8 ft', unit: 'ea', costCents: 900, quantity: [150, 400], brands: ['Weyerhaeuser', 'Louisiana-Pacific'] },
        { description: '7/16 in OSB sheathing 4x8', unit: 'sheet', costCents: 1_800, quantity: [60, 150], brands: ['Louisiana-Pacific', 'Huber'] },
        drywall,
        { description: 'R-21 fiberglass batts (bag)', unit: 'bag', costCents: 6_500, quantity: [10, 30], brands: ['Owens Corning', 'Johns Manville'] },
        { description: 'LVL beam 1-3/4 x 11-7/8 (20 ft)', unit: 'ea', costCents: 28_000, quantity: [1, 4], brands: ['Weyerhaeuser', 'Boise Cascade'] },
      ],
    },
    {
      slug: 'deck',
      titles: ['Composite deck build', 'Deck replacement', 'Covered porch and deck'],
      hours: 60, priceCents: 1_800_000, bidShare: 0.95, weight: 6, season: { peak: 6, strength: 0.5 },
      materials: [
        { description: 'Composite deck board 16 ft', unit: 'ea', costCents: 5_800, quantity: [40, 120], brands: ['Trex', 'TimberTech', 'Fiberon'] },
        { description: 'Pressure-treated 2x10 12 ft', unit: 'ea', costCents: 2_600, quantity: [15, 40], brands: ['YellaWood', 'Weyerhaeuser'] },
        concrete,
        { description: 'Joist hanger 2x10', unit: 'ea', costCents: 250, quantity: [20, 60], brands: ['Simpson Strong-Tie'] },
      ],
    },
    {
      slug: 'garage',
      titles: ['Detached two-car garage', 'Garage build', 'Attached garage addition'],
      hours: 240, spread: 0.3, priceCents: 6_500_000, bidShare: 1, weight: 2,
      materials: [
        studs,
        { description: '16x7 insulated garage door', unit: 'ea', costCents: 180_000, quantity: [1, 2], brands: ['Clopay', 'Amarr', 'Wayne Dalton'] },
        { description: 'Ready-mix concrete', unit: 'cu yd', costCents: 17_500, quantity: [10, 25], brands: [] },
        { description: '7/16 in OSB sheathing 4x8', unit: 'sheet', costCents: 1_800, quantity: [50, 120], brands: ['Louisiana-Pacific', 'Huber'] },
      ],
    },
    {
      slug: 'siding',
      titles: ['Vinyl siding replacement', 'Fiber cement siding', 'Siding repair and repaint'],
      hours: 70, priceCents: 1_750_000, bidShare: 0.95, weight: 5,
      materials: [
        { description: 'Vinyl siding (square)', unit: 'square', costCents: 14_000, quantity: [15, 35], brands: ['CertainTeed', 'Mastic', 'Royal'], choice: 'siding', chance: 0.6 },
        { description: 'Fiber cement lap siding (square)', unit: 'square', costCents: 27_000, quantity: [15, 35], brands: ['James Hardie', 'Allura'], choice: 'siding', chance: 0.4 },
        { description: 'House wrap 9x150', unit: 'roll', costCents: 18_000, quantity: [1, 3], brands: ['Tyvek', 'Typar'] },
        { description: 'J-channel 12 ft', unit: 'ea', costCents: 800, quantity: [20, 50], brands: ['CertainTeed', 'Mastic'] },
      ],
    },
    {
      slug: 'foundation_repair',
      titles: ['Foundation crack repair', 'Helical pier installation', 'Settling foundation stabilization'],
      hours: 40, priceCents: 950_000, bidShare: 0.95, weight: 3,
      materials: [
        { description: 'Helical pier', unit: 'ea', costCents: 38_000, quantity: [4, 10], brands: ['CHANCE', 'Ram Jack'] },
        { description: 'Hydraulic cement 10 lb', unit: 'ea', costCents: 1_500, quantity: [2, 6], brands: ['Quikrete', 'DRYLOK'] },
        { description: 'Epoxy crack injection kit', unit: 'kit', costCents: 9_000, quantity: [1, 3], brands: ['Emecole', 'Sika'] },
      ],
    },
    {
      slug: 'service_call',
      titles: ['Handyman visit', 'Door and trim repair', 'Punch list work'],
      hours: 3, priceCents: 45_000, bidShare: 0.1, weight: 10, materialShare: 0.2,
      materials: [
        { description: 'Exterior wood screws (5 lb)', unit: 'box', costCents: 3_500, quantity: [1, 1], brands: ['GRK', 'Simpson Strong-Tie'], chance: 0.4 },
        { description: 'Primed pine trim 8 ft', unit: 'ea', costCents: 1_200, quantity: [2, 8], brands: [], chance: 0.3 },
      ],
    },
  ],
}
