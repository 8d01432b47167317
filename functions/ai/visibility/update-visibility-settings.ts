import { eq } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { companies } from '../../../db/schema'
import { recordAudit } from '../../audit/record-audit'
import { notFound } from '../../lib/errors'
import type { VisibilityCategory } from '../types'
import { describeVisibility, type AiVisibility } from './describe-visibility'
import { loadVisibilityDefaults } from './load-visibility-defaults'
import { configurableRoles, readVisibilitySettings, type VisibilitySettings } from './settings'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** Per role, the categories to set; categories not named keep their current value. */
  changes: VisibilitySettings
  requestId?: string
}

/**
 * Applies the owner's changes to `companies.ai_visibility_settings`. Only values that differ
 * from the default matrix are stored, so a later change of defaults reaches every company
 * that did not decide otherwise.
 */
export async function updateVisibilitySettings({ tx, companyId, actorUserId, changes, requestId }: Options): Promise<AiVisibility> {
  const [row] = await tx.select({ settings: companies.aiVisibilitySettings }).from(companies).where(eq(companies.id, companyId)).for('update')
  if (!row) throw notFound('Company')
  const defaults = await loadVisibilityDefaults(tx)
  const current = readVisibilitySettings(row.settings)
  const next: VisibilitySettings = {}
  for (const role of configurableRoles) {
    const merged = { ...current[role], ...changes[role] }
    const differing = Object.entries(merged).filter(([category, allowed]) => (defaults[role]?.[category as VisibilityCategory] ?? false) !== allowed)
    if (differing.length) next[role] = Object.fromEntries(differing)
  }
  await tx.update(companies).set({ aiVisibilitySettings: next, updatedAt: new Date() }).where(eq(companies.id, companyId))
  await recordAudit({ tx, companyId, actorUserId, action: 'company.ai_visibility.update', entityType: 'company', entityId: companyId, changes: { before: current, after: next }, requestId })
  return describeVisibility(defaults, next)
}
