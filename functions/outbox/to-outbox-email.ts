import type { emailOutbox } from '../../db/schema'
import { OutboxEmail, OutboxEmailDetail } from './schemas'

type Row = typeof emailOutbox.$inferSelect

const fields = (row: Row) => ({
  id: row.id,
  to: row.toAddress,
  subject: row.subject,
  status: row.status,
  error: row.error,
  attachments: row.attachments.map((a) => ({ fileId: a.fileId, name: a.name, url: `/api/v1/files/${a.fileId}` })),
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
})

/** The API's view of an outbox row, without its body (lists). */
export const toOutboxEmail = (row: Row): OutboxEmail => OutboxEmail.parse(fields(row))

/** One outbox row with the text that was sent. */
export const toOutboxEmailDetail = (row: Row): OutboxEmailDetail => OutboxEmailDetail.parse({ ...fields(row), bodyText: row.bodyText })
