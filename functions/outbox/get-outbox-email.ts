import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { emailOutbox } from '../../db/schema'
import { notFound } from '../lib/errors'
import { toOutboxEmailDetail } from './to-outbox-email'

type Options = { tx: Tx; companyId: string; emailId: string }

/** One outgoing email with its text; another company's id is simply not found. */
export async function getOutboxEmail({ tx, companyId, emailId }: Options) {
  const [row] = await tx
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.id, emailId), eq(emailOutbox.companyId, companyId)))
  if (!row) throw notFound('Email')
  return toOutboxEmailDetail(row)
}
