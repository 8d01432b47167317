import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'

/** A homeowner or business the contractor works for. `portalUserId` links a portal sign-in. */
export const customers = pgTable(
  'customers',
  {
    id: id(),
    companyId: companyId(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    notes: text('notes'),
    portalUserId: userRef('portal_user_id'),
    ...timestamps(),
  },
  (t) => [index('customers_company_name_idx').on(t.companyId, t.name)],
)

export const properties = pgTable(
  'properties',
  {
    id: id(),
    companyId: companyId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    label: text('label'),
    address: text('address').notNull(),
    city: text('city'),
    state: text('state'),
    postalCode: text('postal_code'),
    yearBuilt: integer('year_built'),
    squareFeet: integer('square_feet'),
    notes: text('notes'),
    ...timestamps(),
  },
  (t) => [index('properties_customer_idx').on(t.customerId)],
)

export const equipment = pgTable(
  'equipment',
  {
    id: id(),
    companyId: companyId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    propertyId: uuid('property_id').references(() => properties.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    make: text('make'),
    model: text('model'),
    serialNumber: text('serial_number'),
    installDate: date('install_date'),
    warrantyExpiresOn: date('warranty_expires_on'),
    warrantyNotes: text('warranty_notes'),
    notes: text('notes'),
    ...timestamps(),
  },
  (t) => [index('equipment_customer_idx').on(t.customerId)],
)

/**
 * An invitation to the client portal, sent by the contractor to an email address. The link
 * carries a random token (only its SHA-256 is stored); whoever signs in with that email and
 * presents the token is linked to the customer (customers.portal_user_id). One use, 14 days.
 */
export const portalInvitations = pgTable(
  'portal_invitations',
  {
    id: id(),
    companyId: companyId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    claimedBy: userRef('claimed_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    invitedBy: userRef('invited_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('portal_invitations_token_key').on(t.tokenHash), index('portal_invitations_customer_idx').on(t.customerId)],
)
