import type { Item, TradeCatalog } from './types'

const shingles: Item = { description: 'Architectural shingles (bundle)', unit: 'bundle', costCents: 4_200, quantity: [60, 120], brands: ['GAF', 'Owens Corning', 'CertainTeed'] }

export const roofing: TradeCatalog = {
  laborLine: 'Roofing crew labor',
  categories: [
    {
      slug: 'roof_replacement',
      titles: ['Roof replacement', 'Tear-off and reroof', 'Architectural shingle roof'],
      hours: 40, priceCents: 1_450_000, bidShare: 0.98, weight: 10, materialShare: 0.4, season: { peak: 7, strength: 0.4 },
      materials: [
        shingles,
        { description: 'Synthetic underlayment (roll)', unit: 'roll', costCents: 9_500, quantity: [4, 10], brands: ['GAF', 'Owens Corning'] },
        { description: 'Ice and water shield (roll)', unit: 'roll', costCents: 11_000, quantity: [2, 6], brands: ['Grace', 'GAF'] },
        { description: 'Drip edge (10 ft)', unit: 'ea', costCents: 900, quantity: [15, 30], brands: ['Amerimax'] },
        { description: 'Ridge vent (4 ft)', unit: 'ea', costCents: 1_300, quantity: [8, 16], brands: ['GAF', 'Air Vent'] },
        { description: 'Coil roofing nails (box)', unit: 'box', costCents: 4_500, quantity: [2, 4], brands: ['Grip-Rite'] },
      ],
    },
    {
      slug: 'roof_repair',
      titles: ['Roof leak repair', 'Replace missing shingles', 'Chimney flashing repair'],
      hours: 4, priceCents: 85_000, bidShare: 0.5, weight: 12, materialShare: 0.25,
      materials: [
        { ...shingles, quantity: [1, 4] },
        { description: 'Step flashing (bundle of 100)', unit: 'bundle', costCents: 3_500, quantity: [1, 1], brands: ['Amerimax'], chance: 0.5 },
        { description: 'Roofing sealant tube', unit: 'ea', costCents: 900, quantity: [1, 3], brands: ['Geocel', 'Henry'] },
      ],
    },
    {
      slug: 'gutter_install',
      titles: ['Seamless gutter install', 'Gutters and downspouts', 'Gutter guard install'],
      hours: 8, priceCents: 190_000, bidShare: 0.85, weight: 6,
      materials: [
        { description: '5 in K-style aluminum gutter (10 ft)', unit: 'ea', costCents: 1_200, quantity: [12, 24], brands: ['Amerimax', 'Spectra'] },
        { description: 'Downspout 2x3 (10 ft)', unit: 'ea', costCents: 1_000, quantity: [3, 8], brands: ['Amerimax', 'Spectra'] },
        { description: 'Hidden gutter hanger', unit: 'ea', costCents: 250, quantity: [20, 50], brands: ['Amerimax'] },
        { description: 'Gutter guard (4 ft)', unit: 'ea', costCents: 1_100, quantity: [30, 60], brands: ['Amerimax', 'Raptor'], chance: 0.4 },
      ],
    },
    {
      slug: 'flat_roof',
      titles: ['TPO flat roof', 'Low-slope roof replacement', 'EPDM roof over garage'],
      hours: 24, priceCents: 950_000, bidShare: 0.95, weight: 4,
      materials: [
        { description: '60 mil TPO membrane (10x100 roll)', unit: 'roll', costCents: 42_000, quantity: [1, 3], brands: ['Carlisle', 'Firestone', 'GAF'] },
        { description: 'Polyiso insulation board 4x8', unit: 'ea', costCents: 3_800, quantity: [20, 60], brands: ['Carlisle', 'Johns Manville'] },
        { description: 'TPO bonding adhesive (5 gal)', unit: 'pail', costCents: 22_000, quantity: [1, 3], brands: ['Carlisle', 'Firestone'] },
      ],
    },
    {
      slug: 'service_call',
      titles: ['Roof inspection', 'Storm damage assessment', 'Leak investigation'],
      hours: 1.5, priceCents: 25_000, bidShare: 0, weight: 5, materialShare: 0.1,
      materials: [{ description: 'Roofing sealant tube', unit: 'ea', costCents: 900, quantity: [1, 2], brands: ['Geocel', 'Henry'], chance: 0.5 }],
    },
  ],
}
