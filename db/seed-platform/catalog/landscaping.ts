import type { TradeCatalog } from './types'

export const landscaping: TradeCatalog = {
  laborLine: 'Landscape crew labor',
  categories: [
    {
      slug: 'lawn_maintenance',
      titles: ['Lawn mowing and trimming', 'Seasonal lawn care', 'Spring cleanup'],
      hours: 2, spread: 0.3, priceCents: 12_000, bidShare: 0.15, weight: 30, materialShare: 0.1, season: { peak: 6, strength: 0.9 },
      materials: [
        { description: 'Lawn fertilizer 50 lb', unit: 'bag', costCents: 3_500, quantity: [1, 3], brands: ['Scotts', 'Lesco'], chance: 0.3 },
        { description: 'Trimmer line (spool)', unit: 'ea', costCents: 1_500, quantity: [1, 1], brands: ['Oregon', 'Echo'], chance: 0.2 },
      ],
    },
    {
      slug: 'hardscape_patio',
      titles: ['Paver patio', 'Retaining wall and patio', 'Walkway and steps'],
      hours: 60, priceCents: 1_400_000, bidShare: 0.95, weight: 6, materialShare: 0.4, season: { peak: 6, strength: 0.6 },
      materials: [
        { description: 'Concrete pavers', unit: 'sq ft', costCents: 450, quantity: [200, 600], brands: ['Belgard', 'Unilock', 'Techo-Bloc'] },
        { description: 'Crushed stone base', unit: 'ton', costCents: 4_200, quantity: [5, 20], brands: [] },
        { description: 'Polymeric sand 50 lb', unit: 'bag', costCents: 3_200, quantity: [3, 10], brands: ['Techniseal', 'Alliance Gator'] },
        { description: 'Paver edge restraint (8 ft)', unit: 'ea', costCents: 1_200, quantity: [10, 30], brands: ['Snap Edge', 'Belgard'] },
      ],
    },
    {
      slug: 'irrigation_install',
      titles: ['Sprinkler system install', 'Irrigation zones and controller', 'Drip irrigation for beds'],
      hours: 18, priceCents: 420_000, bidShare: 0.9, weight: 5, season: { peak: 5, strength: 0.6 },
      materials: [
        { description: 'Irrigation controller 8-zone', unit: 'ea', costCents: 18_000, quantity: [1, 1], brands: ['Rain Bird', 'Hunter', 'Rachio'] },
        { description: 'Pop-up spray head', unit: 'ea', costCents: 450, quantity: [20, 60], brands: ['Rain Bird', 'Hunter'] },
        { description: '1 in poly pipe (100 ft)', unit: 'roll', costCents: 4_500, quantity: [2, 6], brands: ['Rain Bird', 'Orbit'] },
        { description: '1 in zone valve', unit: 'ea', costCents: 2_400, quantity: [4, 8], brands: ['Rain Bird', 'Hunter'] },
      ],
    },
    {
      slug: 'tree_removal',
      titles: ['Tree removal', 'Dead tree takedown and stump grinding', 'Storm-damaged tree removal'],
      hours: 8, priceCents: 150_000, bidShare: 0.7, weight: 6, materialShare: 0.05,
      materials: [
        { description: 'Chainsaw chain 20 in', unit: 'ea', costCents: 3_000, quantity: [1, 1], brands: ['Stihl', 'Oregon'], chance: 0.3 },
        { description: 'Bar and chain oil (gal)', unit: 'gal', costCents: 1_800, quantity: [1, 2], brands: ['Stihl', 'Husqvarna'], chance: 0.5 },
      ],
    },
    {
      slug: 'service_call',
      titles: ['Sprinkler repair', 'Landscape service visit', 'Irrigation startup'],
      hours: 2, priceCents: 20_000, bidShare: 0, weight: 6, materialShare: 0.15,
      materials: [{ description: 'Pop-up spray head', unit: 'ea', costCents: 450, quantity: [1, 4], brands: ['Rain Bird', 'Hunter'], chance: 0.6 }],
    },
  ],
}
