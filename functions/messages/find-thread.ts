import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companies, customers, messageThreads } from '../../db/schema'
import { notFound } from '../lib/errors'

type Options = {
  tx: Tx
  threadId: string
  /** The contractor's company, or the homeowner linked to the thread's customer. */
  scope: { companyId: string } | { portalUserId: string }
}

export type ThreadRow = Awaited<ReturnType<typeof findThread>>

/**
 * A conversation with its customer's and company's names, or 404 when it is outside the
 * scope: another company's thread for a contractor, anything but their own for a homeowner.
 */
export async function findThread({ tx, threadId, scope }: Options) {
  const [thread] = await tx
    .select({
      id: messageThreads.id,
      companyId: messageThreads.companyId,
      subject: messageThreads.subject,
      jobId: messageThreads.jobId,
      customerId: customers.id,
      customerName: customers.name,
      companyName: companies.name,
    })
    .from(messageThreads)
    .innerJoin(customers, eq(customers.id, messageThreads.customerId))
    .innerJoin(companies, eq(companies.id, messageThreads.companyId))
    .where(
      and(
        eq(messageThreads.id, threadId),
        'companyId' in scope ? eq(messageThreads.companyId, scope.companyId) : eq(customers.portalUserId, scope.portalUserId),
      ),
    )
  if (!thread) throw notFound('Conversation')
  return thread
}
