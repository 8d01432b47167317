import type { VisibilityCategory } from '../types'

/** How each category is named to an owner in the settings panel. */
export const categoryLabels: Record<VisibilityCategory, string> = {
  pricing_intelligence: 'Pricing: bid and quote prices, regional price ranges',
  time_benchmarks: 'Time benchmarks: how long jobs like this take',
  margin_data: 'Margins and job profitability',
  bid_win_rates: 'Bid win and loss rates',
  material_costs: 'Material cost patterns',
  equipment_lifespan: 'Equipment lifespan data',
  failure_diagnostics: 'Failure and diagnostic patterns',
  code_compliance: 'Code compliance guidance',
  customer_payment_history: 'Customer invoices, balances and payment history',
  employee_performance: "Employees' hours, rates and performance",
  revenue_data: 'Revenue and company financials',
  regional_comparables: 'Regional comparables (what others in the area charge)',
}

/**
 * Which Layer 5 pattern types belong to which category. A pattern type not listed here is
 * never shown: new pipelines must be classified before Z may use them.
 */
export const patternCategory: Record<string, VisibilityCategory> = {
  job_duration: 'time_benchmarks',
  bid_pricing: 'pricing_intelligence',
  material_cost: 'material_costs',
  bid_win_rate: 'bid_win_rates',
  equipment_lifespan: 'equipment_lifespan',
  failure_pattern: 'failure_diagnostics',
}

/** The pattern types a mask allows. */
export function allowedPatternTypes(mask: Record<VisibilityCategory, boolean>): string[] {
  return Object.entries(patternCategory)
    .filter(([, category]) => mask[category])
    .map(([type]) => type)
}
