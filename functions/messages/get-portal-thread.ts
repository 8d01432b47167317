import type { Tx } from '../../db/client'
import { findThread } from './find-thread'
import { loadThreadMessages } from './load-thread-messages'
import { PortalThreadDetail } from './schemas'

type Options = { tx: Tx; userId: string; threadId: string }

/** One of the homeowner's conversations with all its messages (reading does not mark them read). */
export async function getPortalThread({ tx, userId, threadId }: Options): Promise<PortalThreadDetail> {
  const thread = await findThread({ tx, threadId, scope: { portalUserId: userId } })
  const messages = await loadThreadMessages({ tx, thread, reader: 'homeowner' })
  return PortalThreadDetail.parse({ id: thread.id, subject: thread.subject, jobId: thread.jobId, company: { name: thread.companyName }, messages })
}
