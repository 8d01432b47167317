import { eq } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { companies } from '../../../db/schema'
import { notFound } from '../../lib/errors'
import { describeVisibility, type AiVisibility } from './describe-visibility'
import { loadVisibilityDefaults } from './load-visibility-defaults'
import { readVisibilitySettings } from './settings'

/** The company's Z visibility matrix as the owner sees it in settings. */
export async function getVisibilitySettings({ tx, companyId }: { tx: Tx; companyId: string }): Promise<AiVisibility> {
  const [row] = await tx.select({ settings: companies.aiVisibilitySettings }).from(companies).where(eq(companies.id, companyId))
  if (!row) throw notFound('Company')
  return describeVisibility(await loadVisibilityDefaults(tx), readVisibilitySettings(row.settings))
}
