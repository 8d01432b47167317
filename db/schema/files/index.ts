import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, userRef } from '../_columns'
import { companyId } from '../_tenant'

/** An uploaded object; the bytes live in storage (local disk or Supabase Storage) at `path`. */
export const files = pgTable(
  'files',
  {
    id: id(),
    companyId: companyId(),
    bucket: text('bucket').notNull(),
    path: text('path').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** What the file is attached to, e.g. `job` + its id. */
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    uploadedBy: userRef('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('files_entity_idx').on(t.entityType, t.entityId)],
)

export const emailStatuses = ['queued', 'sent', 'failed'] as const
export const emailStatus = pgEnum('email_status', emailStatuses)

/** Outgoing mail; the embedded default shows it in the CRM instead of sending it. */
export const emailOutbox = pgTable('email_outbox', {
  id: id(),
  companyId: companyId(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  attachments: jsonb('attachments').$type<{ fileId: string; name: string }[]>().notNull().default([]),
  status: emailStatus('status').notNull().default('queued'),
  error: text('error'),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  createdBy: userRef('created_by'),
  createdAt: createdAt(),
})
