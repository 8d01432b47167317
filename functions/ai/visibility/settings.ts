import { z } from '@hono/zod-openapi'
import { visibilityCategories, type VisibilityCategory } from '../types'

/** The roles an owner configures (owners see everything; homeowners follow fixed rules). */
export const configurableRoles = ['admin', 'office', 'tech'] as const
export type ConfigurableRole = (typeof configurableRoles)[number]

const CategoryFlags = z.partialRecord(z.enum(visibilityCategories), z.boolean()).openapi('AiVisibilityFlags')

/** `companies.ai_visibility_settings`: per role, only the categories that differ from the defaults. */
export const VisibilitySettings = z
  .object({ admin: CategoryFlags.optional(), office: CategoryFlags.optional(), tech: CategoryFlags.optional() })
  .strict()
  .openapi('AiVisibilitySettings')
export type VisibilitySettings = z.infer<typeof VisibilitySettings>

/** Reads the stored settings; anything malformed counts as no override (the defaults are conservative). */
export function readVisibilitySettings(stored: unknown): VisibilitySettings {
  const parsed = VisibilitySettings.safeParse(stored ?? {})
  return parsed.success ? parsed.data : {}
}

export type VisibilityDefaults = Record<string, Partial<Record<VisibilityCategory, boolean>>>
