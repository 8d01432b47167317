import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { properties } from '../../db/schema'
import { ApiError, type ErrorDetail } from '../lib/errors'
import { todayUtc } from './to-equipment'

type Options = {
  tx: Tx
  companyId: string
  customerId: string
  /** The values the equipment will have once saved (for a patch: old values merged with the new). */
  installDate: string | null
  warrantyExpiresOn: string | null
  /** Checked only when it changes. */
  propertyId: string | null | undefined
}

/**
 * Rules that span fields or rows: no install date in the future, a warranty cannot end
 * before the install, and the property must be the same customer's.
 */
export async function checkEquipment({ tx, companyId, customerId, installDate, warrantyExpiresOn, propertyId }: Options): Promise<void> {
  const details: ErrorDetail[] = []
  if (installDate && installDate > todayUtc()) details.push({ path: 'installDate', message: 'The install date cannot be in the future.' })
  if (installDate && warrantyExpiresOn && warrantyExpiresOn < installDate) {
    details.push({ path: 'warrantyExpiresOn', message: 'The warranty cannot expire before the install date.' })
  }
  if (propertyId) {
    const [property] = await tx
      .select({ id: properties.id })
      .from(properties)
      .where(and(eq(properties.id, propertyId), eq(properties.customerId, customerId), eq(properties.companyId, companyId)))
    if (!property) details.push({ path: 'propertyId', message: 'Not a property of this customer.' })
  }
  if (details.length > 0) throw new ApiError('validation_failed', 'Some fields are missing or not valid; see details.', { details })
}
