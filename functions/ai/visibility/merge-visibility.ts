import { visibilityCategories, type VisibilityCategory, type VisibilityMask, type VisibilityRole } from '../types'
import type { VisibilitySettings } from './settings'

/**
 * The visibility mask for one person: the default matrix row of their role, with the
 * owner's overrides for that role on top. Owners always see everything; a category missing
 * from the defaults is hidden (fail closed).
 *
 * @example mergeVisibility('office', { revenue_data: false, ... }, { office: { revenue_data: true } })
 */
export function mergeVisibility(
  role: VisibilityRole | 'ops',
  defaults: Partial<Record<VisibilityCategory, boolean>>,
  settings: VisibilitySettings,
): VisibilityMask {
  const mask = {} as VisibilityMask
  const overrides = role === 'admin' || role === 'office' || role === 'tech' ? (settings[role] ?? {}) : {}
  for (const category of visibilityCategories) {
    mask[category] = role === 'owner' || (overrides[category] ?? defaults[category] ?? false)
  }
  return mask
}

/** The categories a mask hides, in matrix order. */
export const hiddenCategories = (mask: VisibilityMask): VisibilityCategory[] => visibilityCategories.filter((category) => !mask[category])
