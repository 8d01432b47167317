import type { Trade } from '../../db/schema/companies/values'

/**
 * The kinds of work each trade's jobs and bids are filed under (`jobs.job_category`,
 * `bids.job_category`): the key Layer 5 patterns are computed and looked up by. `phrases` are
 * how people say it, lower case, for recognising the kind of work a question is about.
 */
export type JobCategory = { slug: string; label: string; phrases: string[] }

export const jobCategories: Record<Trade, JobCategory[]> = {
  electrical: [
    { slug: 'panel_upgrade', label: 'Panel upgrade', phrases: ['panel upgrade', 'service upgrade', 'panel replacement', 'panel swap', 'new panel', 'amp panel', 'a panel', 'upgrade the panel'] },
    { slug: 'ev_charger', label: 'EV charger install', phrases: ['ev charger', 'car charger', 'level 2 charger', 'wall connector', 'ev charging'] },
    { slug: 'circuit_addition', label: 'Circuit addition', phrases: ['new circuit', 'add a circuit', 'dedicated circuit', 'circuit addition', 'add circuit'] },
    { slug: 'rewiring', label: 'Rewiring', phrases: ['rewire', 'rewiring', 'knob and tube', 'aluminum wiring'] },
    { slug: 'lighting', label: 'Lighting', phrases: ['recessed light', 'can lights', 'light fixture', 'lighting'] },
    { slug: 'generator_install', label: 'Generator install', phrases: ['generator', 'standby generator', 'transfer switch'] },
    { slug: 'surge_protection', label: 'Surge protection', phrases: ['surge protector', 'whole house surge', 'surge protection'] },
    { slug: 'smoke_detectors', label: 'Smoke and CO detectors', phrases: ['smoke detector', 'smoke alarm', 'co detector'] },
  ],
  plumbing: [
    { slug: 'water_heater', label: 'Water heater replacement', phrases: ['water heater', 'hot water heater', 'hot water tank'] },
    { slug: 'tankless_water_heater', label: 'Tankless water heater', phrases: ['tankless'] },
    { slug: 'drain_cleaning', label: 'Drain cleaning', phrases: ['drain cleaning', 'clogged drain', 'snake the drain', 'hydro jet', 'clog'] },
    { slug: 'sewer_line', label: 'Sewer line repair', phrases: ['sewer line', 'sewer lateral', 'main line'] },
    { slug: 'repipe', label: 'Repipe', phrases: ['repipe', 'repiping', 'polybutylene', 'galvanized pipe'] },
    { slug: 'fixture_install', label: 'Fixture install', phrases: ['faucet', 'toilet', 'fixture', 'garbage disposal'] },
    { slug: 'leak_repair', label: 'Leak repair', phrases: ['leak', 'burst pipe', 'pinhole'] },
    { slug: 'sump_pump', label: 'Sump pump', phrases: ['sump pump', 'sump'] },
  ],
  hvac: [
    { slug: 'furnace_replacement', label: 'Furnace replacement', phrases: ['furnace replacement', 'new furnace', 'replace the furnace', 'furnace install'] },
    { slug: 'furnace_repair', label: 'Furnace repair', phrases: ['furnace repair', 'furnace not working', 'no heat', 'furnace'] },
    { slug: 'ac_replacement', label: 'AC replacement', phrases: ['ac replacement', 'new ac', 'air conditioner replacement', 'new air conditioner', 'condenser replacement'] },
    { slug: 'ac_repair', label: 'AC repair', phrases: ['ac repair', 'no cooling', 'ac not cooling', 'air conditioner repair'] },
    { slug: 'heat_pump_install', label: 'Heat pump install', phrases: ['heat pump'] },
    { slug: 'mini_split_install', label: 'Mini-split install', phrases: ['mini split', 'mini-split', 'ductless'] },
    { slug: 'duct_work', label: 'Duct work', phrases: ['duct work', 'ductwork', 'duct'] },
    { slug: 'ac_tune_up', label: 'AC tune-up', phrases: ['ac tune up', 'ac tune-up', 'cooling tune'] },
    { slug: 'heating_tune_up', label: 'Heating tune-up', phrases: ['heating tune up', 'furnace tune up', 'furnace tune-up', 'heating tune-up'] },
  ],
  solar: [
    { slug: 'solar_install', label: 'Solar PV install', phrases: ['solar install', 'solar system', 'pv system', 'solar array', 'solar panels', 'kw system'] },
    { slug: 'battery_storage', label: 'Battery storage', phrases: ['battery', 'powerwall', 'storage system'] },
    { slug: 'inverter_replacement', label: 'Inverter replacement', phrases: ['inverter'] },
    { slug: 'solar_repair', label: 'Solar repair', phrases: ['solar repair', 'panel not producing', 'optimizer'] },
  ],
  roofing: [
    { slug: 'roof_replacement', label: 'Roof replacement', phrases: ['roof replacement', 'new roof', 'reroof', 're-roof', 'tear off', 'tear-off'] },
    { slug: 'roof_repair', label: 'Roof repair', phrases: ['roof repair', 'roof leak', 'missing shingles', 'flashing'] },
    { slug: 'gutter_install', label: 'Gutters', phrases: ['gutter', 'downspout'] },
    { slug: 'flat_roof', label: 'Flat roof', phrases: ['flat roof', 'epdm', 'tpo', 'low slope'] },
  ],
  general_contracting: [
    { slug: 'addition', label: 'Addition', phrases: ['addition', 'add a room', 'second story'] },
    { slug: 'deck', label: 'Deck', phrases: ['deck', 'porch'] },
    { slug: 'garage', label: 'Garage', phrases: ['garage'] },
    { slug: 'siding', label: 'Siding', phrases: ['siding'] },
    { slug: 'foundation_repair', label: 'Foundation repair', phrases: ['foundation'] },
  ],
  remodeling: [
    { slug: 'kitchen_remodel', label: 'Kitchen remodel', phrases: ['kitchen'] },
    { slug: 'bathroom_remodel', label: 'Bathroom remodel', phrases: ['bathroom', 'bath remodel', 'shower'] },
    { slug: 'basement_finish', label: 'Basement finish', phrases: ['basement'] },
    { slug: 'flooring', label: 'Flooring', phrases: ['flooring', 'hardwood', 'tile floor', 'lvp'] },
    { slug: 'window_replacement', label: 'Window replacement', phrases: ['window'] },
  ],
  landscaping: [
    { slug: 'lawn_maintenance', label: 'Lawn maintenance', phrases: ['lawn', 'mowing', 'mow'] },
    { slug: 'hardscape_patio', label: 'Patio and hardscape', phrases: ['patio', 'paver', 'hardscape', 'retaining wall'] },
    { slug: 'irrigation_install', label: 'Irrigation', phrases: ['irrigation', 'sprinkler'] },
    { slug: 'tree_removal', label: 'Tree removal', phrases: ['tree removal', 'stump', 'tree'] },
  ],
  low_voltage: [
    { slug: 'security_cameras', label: 'Security cameras', phrases: ['camera', 'cctv', 'nvr'] },
    { slug: 'alarm_system', label: 'Alarm system', phrases: ['alarm'] },
    { slug: 'structured_wiring', label: 'Structured wiring', phrases: ['structured wiring', 'network cabling', 'cat6', 'ethernet'] },
    { slug: 'access_control', label: 'Access control', phrases: ['access control', 'card reader', 'keypad entry'] },
  ],
}

/** Service visits any trade files its small calls under. */
export const SERVICE_CALL: JobCategory = { slug: 'service_call', label: 'Service call', phrases: ['service call', 'diagnostic'] }
