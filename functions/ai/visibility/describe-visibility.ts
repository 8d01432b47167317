import { z } from '@hono/zod-openapi'
import { visibilityCategories } from '../types'
import { categoryLabels } from './categories'
import { mergeVisibility } from './merge-visibility'
import { configurableRoles, type VisibilityDefaults, type VisibilitySettings } from './settings'

export const AiVisibility = z
  .object({
    roles: z.array(
      z.object({
        role: z.enum(configurableRoles),
        categories: z.array(
          z.object({
            category: z.enum(visibilityCategories),
            label: z.string(),
            default: z.boolean().openapi({ description: 'What the ZAFTO default matrix allows this role.' }),
            allowed: z.boolean().openapi({ description: 'What Z may reveal to this role in your company now.' }),
            overridden: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .openapi('AiVisibility')
export type AiVisibility = z.infer<typeof AiVisibility>

/** The owner's view of the matrix: per configurable role and category, the default and the effective value. */
export function describeVisibility(defaults: VisibilityDefaults, settings: VisibilitySettings): AiVisibility {
  return {
    roles: configurableRoles.map((role) => {
      const effective = mergeVisibility(role, defaults[role] ?? {}, settings)
      return {
        role,
        categories: visibilityCategories.map((category) => {
          const byDefault = defaults[role]?.[category] ?? false
          return { category, label: categoryLabels[category], default: byDefault, allowed: effective[category], overridden: effective[category] !== byDefault }
        }),
      }
    }),
  }
}
