import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, userRef } from '../_columns'
import { companies } from '../companies'

/** Who changed what. Nullable company for platform-level actions. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    actorUserId: userRef('actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    changes: jsonb('changes'),
    requestId: text('request_id'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_company_created_idx').on(t.companyId, t.createdAt)],
)
