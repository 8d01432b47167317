import type { invoices } from '../../db/schema'
import { daysBetween } from '../documents/dates'
import type { DisplayStatus } from './schemas'

type Row = Pick<typeof invoices.$inferSelect, 'status' | 'dueDate' | 'totalCents' | 'amountPaidCents'>

/** Stored states that still expect money. */
export const openStatuses = ['sent', 'partial'] as const

/**
 * Where an invoice stands on `today`: `overdue` is never stored, it is an open invoice (sent
 * or partly paid) whose due date has passed.
 */
export function invoiceStanding(row: Row, today: string): { displayStatus: DisplayStatus; isOverdue: boolean; daysOverdue: number; balanceCents: number } {
  const open = (openStatuses as readonly string[]).includes(row.status)
  const daysOverdue = open && row.dueDate ? Math.max(0, daysBetween(row.dueDate, today)) : 0
  const isOverdue = daysOverdue > 0
  return {
    displayStatus: isOverdue ? 'overdue' : row.status,
    isOverdue,
    daysOverdue,
    balanceCents: row.status === 'void' ? 0 : row.totalCents - row.amountPaidCents,
  }
}
