import type { Item, TradeCatalog } from './types'

const faucet: Item = { description: 'Kitchen faucet', unit: 'ea', costCents: 18_000, quantity: [1, 1], brands: ['Moen', 'Delta', 'Kohler'] }
const tile: Item = { description: 'Porcelain tile', unit: 'sq ft', costCents: 450, quantity: [80, 200], brands: ['Daltile', 'MSI', 'Marazzi'] }
const lvp: Item = { description: 'Luxury vinyl plank', unit: 'sq ft', costCents: 350, quantity: [300, 1000], brands: ['Shaw', 'COREtec', 'LifeProof'] }

export const remodeling: TradeCatalog = {
  laborLine: 'Remodeling crew labor',
  categories: [
    {
      slug: 'kitchen_remodel',
      titles: ['Kitchen remodel', 'Kitchen cabinets and counters', 'Full kitchen renovation'],
      hours: 220, spread: 0.3, priceCents: 4_800_000, bidShare: 1, weight: 4, materialShare: 0.45,
      materials: [
        { description: 'Kitchen cabinets', unit: 'linear ft', costCents: 25_000, quantity: [15, 30], brands: ['KraftMaid', 'American Woodmark', 'Shenandoah'] },
        { description: 'Quartz countertop', unit: 'sq ft', costCents: 7_500, quantity: [30, 60], brands: ['Silestone', 'Caesarstone', 'Cambria'] },
        faucet,
        { description: 'Undermount sink', unit: 'ea', costCents: 30_000, quantity: [1, 1], brands: ['Kohler', 'Blanco'] },
        { description: 'Backsplash tile', unit: 'sq ft', costCents: 1_200, quantity: [25, 50], brands: ['Daltile', 'MSI'] },
      ],
    },
    {
      slug: 'bathroom_remodel',
      titles: ['Bathroom remodel', 'Tub to shower conversion', 'Primary bath renovation'],
      hours: 120, spread: 0.3, priceCents: 2_200_000, bidShare: 1, weight: 7,
      materials: [
        { description: '36 in vanity with top', unit: 'ea', costCents: 65_000, quantity: [1, 1], brands: ['Home Decorators', 'Wyndham', 'James Martin'] },
        { description: 'Toilet, elongated 1.28 gpf', unit: 'ea', costCents: 24_000, quantity: [1, 1], brands: ['Kohler', 'American Standard', 'TOTO'] },
        tile,
        { description: 'Shower valve and trim', unit: 'ea', costCents: 28_000, quantity: [1, 1], brands: ['Moen', 'Delta', 'Kohler'] },
        { description: 'Cement backer board 3x5', unit: 'sheet', costCents: 1_500, quantity: [10, 25], brands: ['HardieBacker', 'Durock'] },
      ],
    },
    {
      slug: 'basement_finish',
      titles: ['Basement finish', 'Basement family room', 'Finished basement with bath'],
      hours: 260, spread: 0.3, priceCents: 3_800_000, bidShare: 1, weight: 3,
      materials: [
        { description: '2x4 stud 8 ft', unit: 'ea', costCents: 550, quantity: [120, 300], brands: ['Weyerhaeuser', 'Louisiana-Pacific'] },
        { description: '1/2 in drywall 4x8', unit: 'sheet', costCents: 1_400, quantity: [80, 200], brands: ['USG', 'CertainTeed'] },
        { description: 'R-13 fiberglass batts (bag)', unit: 'bag', costCents: 5_500, quantity: [10, 30], brands: ['Owens Corning', 'Johns Manville'] },
        { ...lvp, quantity: [500, 1200] },
      ],
    },
    {
      slug: 'flooring',
      titles: ['Flooring install', 'Hardwood floors', 'LVP throughout first floor'],
      hours: 30, priceCents: 750_000, bidShare: 0.9, weight: 8, materialShare: 0.45,
      materials: [
        { ...lvp, choice: 'floor', chance: 0.6 },
        { description: 'Engineered hardwood', unit: 'sq ft', costCents: 650, quantity: [300, 1000], brands: ['Bruce', 'Shaw', 'Mohawk'], choice: 'floor', chance: 0.4 },
        { description: 'Flooring underlayment (100 sq ft)', unit: 'roll', costCents: 3_500, quantity: [3, 10], brands: ['QuietWalk', 'Floorlot'] },
      ],
    },
    {
      slug: 'window_replacement',
      titles: ['Window replacement', 'Replacement windows, whole house', 'Double-hung window install'],
      hours: 24, priceCents: 980_000, bidShare: 0.95, weight: 6, materialShare: 0.5,
      materials: [
        { description: 'Double-hung vinyl window', unit: 'ea', costCents: 45_000, quantity: [5, 15], brands: ['Andersen', 'Pella', 'Marvin', 'Simonton'] },
        { description: 'Window flashing tape (roll)', unit: 'roll', costCents: 2_200, quantity: [1, 3], brands: ['DuPont', 'ZIP System'] },
        { description: 'Low-expansion foam sealant', unit: 'can', costCents: 900, quantity: [2, 6], brands: ['Great Stuff', 'DAP'] },
      ],
    },
    {
      slug: 'service_call',
      titles: ['Remodeling consultation visit', 'Drywall patch and paint', 'Tile repair'],
      hours: 3, priceCents: 40_000, bidShare: 0.1, weight: 8, materialShare: 0.2,
      materials: [
        { description: 'Joint compound (4.5 gal)', unit: 'pail', costCents: 1_900, quantity: [1, 1], brands: ['USG', 'CertainTeed'], chance: 0.4 },
        { ...tile, quantity: [5, 20], chance: 0.2 },
      ],
    },
  ],
}
