import type { Trade } from '../../db/schema/companies/values'

/**
 * The trade that installs and services each kind of equipment, by the kind's key: the
 * equipment's free-text kind in lower case with non-alphanumerics as `_` ("Water heater" →
 * water_heater, "Mini-split" → mini_split). Lifespan and failure patterns are filed under it.
 */
export const equipmentKindTrades: Record<string, Trade> = {
  water_heater: 'plumbing',
  tankless_water_heater: 'plumbing',
  sump_pump: 'plumbing',
  well_pump: 'plumbing',
  water_softener: 'plumbing',
  garbage_disposal: 'plumbing',
  furnace: 'hvac',
  air_conditioner: 'hvac',
  heat_pump: 'hvac',
  mini_split: 'hvac',
  boiler: 'hvac',
  air_handler: 'hvac',
  thermostat: 'hvac',
  electrical_panel: 'electrical',
  generator: 'electrical',
  ev_charger: 'electrical',
  surge_protector: 'electrical',
  solar_inverter: 'solar',
  solar_battery: 'solar',
  roof: 'roofing',
  irrigation_controller: 'landscaping',
  security_camera: 'low_voltage',
  nvr: 'low_voltage',
  alarm_panel: 'low_voltage',
}

/** An equipment kind's key, as the pipelines compute it in SQL (see slugOf in cron/pipelines). */
export const equipmentKindKey = (kind: string): string => kind.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '')

/**
 * The model family of a model number: the part before the first dash, else its first six
 * letters and digits ("24ACC6-36A003" → 24ACC6, "XE50T10H45U0" → XE50T1), upper case.
 */
export const modelFamilyOf = (model: string): string => {
  const head = model.includes('-') ? model.slice(0, model.indexOf('-')) : model
  return head.replace(/[^A-Za-z0-9]/g, '').slice(0, model.includes('-') ? undefined : 6).toUpperCase()
}
