import type { Trade } from '../../schema/companies/values'
import { electrical } from './electrical'
import { generalContracting } from './general-contracting'
import { hvac } from './hvac'
import { landscaping } from './landscaping'
import { lowVoltage } from './low-voltage'
import { plumbing } from './plumbing'
import { remodeling } from './remodeling'
import { roofing } from './roofing'
import { solar } from './solar'
import type { TradeCatalog } from './types'

export type { Category, Item, KindWeight, TradeCatalog } from './types'

/** Every trade's kinds of work, with hours, prices and materials, for the platform seed. */
export const catalog: Record<Trade, TradeCatalog> = {
  electrical,
  plumbing,
  hvac,
  solar,
  roofing,
  general_contracting: generalContracting,
  remodeling,
  landscaping,
  low_voltage: lowVoltage,
}
