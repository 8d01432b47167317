import type { Tx } from '../../db/client'
import { findThread } from './find-thread'
import { loadThreadMessages } from './load-thread-messages'
import { ThreadDetail } from './schemas'

type Options = { tx: Tx; companyId: string; threadId: string }

/** One of the company's conversations with all its messages (reading does not mark them read). */
export async function getThread({ tx, companyId, threadId }: Options): Promise<ThreadDetail> {
  const thread = await findThread({ tx, threadId, scope: { companyId } })
  const messages = await loadThreadMessages({ tx, thread, reader: 'contractor' })
  return ThreadDetail.parse({
    id: thread.id,
    customer: { id: thread.customerId, name: thread.customerName },
    subject: thread.subject,
    jobId: thread.jobId,
    messages,
  })
}
