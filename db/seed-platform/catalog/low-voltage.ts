import type { Item, TradeCatalog } from './types'

const cat6: Item = { description: 'Cat6 cable (1000 ft)', unit: 'box', costCents: 18_000, quantity: [1, 2], brands: ['Southwire', 'CommScope'] }

export const lowVoltage: TradeCatalog = {
  laborLine: 'Low-voltage technician labor',
  categories: [
    {
      slug: 'security_cameras',
      titles: ['Security camera system', 'PoE cameras with NVR', 'Camera install, four corners'],
      hours: 10, priceCents: 280_000, bidShare: 0.9, weight: 10, materialShare: 0.45,
      materials: [
        { description: '4K PoE bullet camera', unit: 'ea', costCents: 12_000, quantity: [4, 10], brands: ['Axis', 'Hanwha', 'Lorex', 'Reolink'] },
        { description: '8-channel PoE NVR', unit: 'ea', costCents: 35_000, quantity: [1, 1], brands: ['Hanwha', 'Lorex', 'Reolink'] },
        { ...cat6, quantity: [1, 1] },
        { description: 'Surveillance hard drive 4TB', unit: 'ea', costCents: 11_000, quantity: [1, 2], brands: ['Seagate', 'WD'] },
      ],
    },
    {
      slug: 'alarm_system',
      titles: ['Alarm system install', 'Monitored security system', 'Alarm panel replacement'],
      hours: 8, priceCents: 180_000, bidShare: 0.85, weight: 7,
      materials: [
        { description: 'Alarm control panel', unit: 'ea', costCents: 22_000, quantity: [1, 1], brands: ['DSC', 'Honeywell', 'Qolsys'] },
        { description: 'Door/window contact sensor', unit: 'ea', costCents: 2_500, quantity: [6, 16], brands: ['DSC', 'Honeywell'] },
        { description: 'Motion detector', unit: 'ea', costCents: 3_500, quantity: [2, 5], brands: ['DSC', 'Honeywell'] },
        { description: 'Indoor siren', unit: 'ea', costCents: 3_000, quantity: [1, 1], brands: ['DSC', 'Honeywell'] },
      ],
    },
    {
      slug: 'structured_wiring',
      titles: ['Structured wiring', 'Network cabling throughout house', 'Cat6 drops and patch panel'],
      hours: 16, priceCents: 360_000, bidShare: 0.9, weight: 6,
      materials: [
        cat6,
        { description: 'Cat6 keystone jack', unit: 'ea', costCents: 500, quantity: [10, 30], brands: ['Leviton', 'Panduit'] },
        { description: 'Structured media enclosure 28 in', unit: 'ea', costCents: 16_000, quantity: [1, 1], brands: ['Leviton', 'Legrand'] },
        { description: '24-port patch panel', unit: 'ea', costCents: 9_000, quantity: [1, 1], brands: ['Leviton', 'Panduit'] },
      ],
    },
    {
      slug: 'access_control',
      titles: ['Access control install', 'Card readers for office doors', 'Keypad entry system'],
      hours: 14, priceCents: 550_000, bidShare: 0.95, weight: 3, materialShare: 0.5,
      materials: [
        { description: 'Two-door access control panel', unit: 'ea', costCents: 120_000, quantity: [1, 1], brands: ['HID', 'Brivo', 'Kantech'] },
        { description: 'Proximity card reader', unit: 'ea', costCents: 25_000, quantity: [2, 4], brands: ['HID'] },
        { description: 'Electric strike', unit: 'ea', costCents: 18_000, quantity: [1, 2], brands: ['HES', 'Von Duprin'] },
        { description: 'Proximity cards (25)', unit: 'pack', costCents: 9_000, quantity: [1, 2], brands: ['HID'] },
      ],
    },
    {
      slug: 'service_call',
      titles: ['Camera offline troubleshooting', 'Network service call', 'Alarm sensor replacement'],
      hours: 1.5, priceCents: 20_000, bidShare: 0, weight: 6, materialShare: 0.2,
      materials: [
        { description: 'RJ45 connectors (50)', unit: 'bag', costCents: 1_500, quantity: [1, 1], brands: ['Platinum Tools', 'Klein Tools'], chance: 0.5 },
        { description: 'Door/window contact sensor', unit: 'ea', costCents: 2_500, quantity: [1, 2], brands: ['DSC', 'Honeywell'], chance: 0.3 },
      ],
    },
  ],
}
