import type { Tx } from '../../db/client'
import { messages, messageThreads } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import type { Reader } from './to-message'

type Options = {
  tx: Tx
  /** The company the customer belongs to (checked by the caller). */
  companyId: string
  customerId: string
  subject: string
  /** The first message, plain text. */
  body: string
  /** Who starts it: a company member or the homeowner linked to the customer. */
  sender: Reader
  userId: string
  requestId?: string
}

/**
 * Opens a conversation between a company and one of its customers with its first message,
 * and returns the new thread's id. A homeowner's insert passes RLS only for a customer linked
 * to them, in that customer's company (portal_start_thread).
 */
export async function startThread({ tx, companyId, customerId, subject, body, sender, userId, requestId }: Options): Promise<string> {
  const [thread] = await tx.insert(messageThreads).values({ companyId, customerId, subject }).returning({ id: messageThreads.id })
  if (!thread) throw new Error('insert returned no row')
  await tx.insert(messages).values({ companyId, threadId: thread.id, sender, senderUserId: userId, body })
  await recordAudit({
    tx,
    companyId,
    actorUserId: userId,
    action: 'message_thread.create',
    entityType: 'message_thread',
    entityId: thread.id,
    changes: { customerId, subject, via: sender === 'homeowner' ? 'client_portal' : 'crm' },
    requestId,
  })
  return thread.id
}
