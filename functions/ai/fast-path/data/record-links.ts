import { addDays } from '../../../documents/dates'
import type { DayRange } from './parse-day-range'

/** CRM pages of single records (a static site: `view/?id=`). */
export const recordUrl = {
  job: (id: string) => `/crm/jobs/view/?id=${encodeURIComponent(id)}`,
  customer: (id: string) => `/crm/customers/view/?id=${encodeURIComponent(id)}`,
  invoice: (id: string) => `/crm/invoices/view/?id=${encodeURIComponent(id)}`,
  bid: (id: string) => `/crm/bids/view/?id=${encodeURIComponent(id)}`,
}

/** The jobs list filtered as the CRM keeps it in the address bar (`to` is the last day, inclusive). */
export function jobListUrl(filters: { range?: DayRange; techId?: string; customerId?: string; status?: string }): string {
  const params = new URLSearchParams()
  if (filters.status) params.set('status', filters.status)
  if (filters.customerId) params.set('customerId', filters.customerId)
  if (filters.techId) params.set('techId', filters.techId)
  if (filters.range) {
    params.set('from', filters.range.from)
    params.set('to', addDays(filters.range.to, -1))
  }
  const query = params.toString().replace(/%2C/g, ',')
  return `/crm/jobs/${query ? `?${query}` : ''}`
}
