/** Invoices, payments and receivables aging, as the API sends them. */
import type { CustomerRef, LineItem, LineItemInput, OutboxEmail, Totals } from './bids';

export const INVOICE_STATUSES = ['draft', 'sent', 'partial', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
/** What a person sees: the stored state, or `overdue` for an open invoice past its due date. */
export type InvoiceDisplayStatus = InvoiceStatus | 'overdue';

export const INVOICE_FILTERS: ReadonlyArray<{ value: InvoiceDisplayStatus; label: string }> = [
  { value: 'draft', label: 'Draft' },
  { value: 'sent', label: 'Sent' },
  { value: 'partial', label: 'Partly paid' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void' },
];

export const INVOICE_STATUS_LABELS: Record<InvoiceDisplayStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  partial: 'Partly paid',
  paid: 'Paid',
  void: 'Void',
  overdue: 'Overdue',
};

export const PAYMENT_METHODS = ['cash', 'check', 'card', 'ach', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = { cash: 'Cash', check: 'Check', card: 'Card', ach: 'Bank transfer (ACH)', other: 'Other' };

export interface InvoiceSummary extends Totals {
  id: string;
  number: string;
  status: InvoiceStatus;
  displayStatus: InvoiceDisplayStatus;
  isOverdue: boolean;
  daysOverdue: number;
  customerId: string;
  customer: CustomerRef;
  jobId: string | null;
  bidId: string | null;
  issueDate: string | null;
  dueDate: string | null;
  amountPaidCents: number;
  balanceCents: number;
  createdByAi: boolean;
  reviewedBy: string | null;
  sentAt: string | null;
  paidAt: string | null;
  voidedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Payment {
  id: string;
  invoiceId: string;
  amountCents: number;
  method: PaymentMethod;
  paidOn: string;
  reference: string | null;
  notes: string | null;
  recordedBy: string | null;
  createdAt: string;
}

export interface Invoice extends InvoiceSummary {
  notes: string | null;
  createdBy: string | null;
  bid: { id: string; number: string } | null;
  lines: LineItem[];
  payments: Payment[];
}

export interface InvoiceInput {
  customerId: string;
  issueDate?: string;
  dueDate?: string;
  notes: string | null;
  discountCents: number;
  taxRateBps: number;
  lines: LineItemInput[];
}

export interface PaymentInput {
  amountCents: number;
  method: PaymentMethod;
  paidOn?: string;
  reference: string | null;
  notes: string | null;
}

export interface PaymentResult {
  payment: Payment;
  invoice: Invoice;
}

export interface InvoiceSendResult {
  invoice: Invoice;
  email: OutboxEmail;
}

export type AgingBucketKey = 'current' | 'days_1_30' | 'days_31_60' | 'days_61_90' | 'days_over_90';

export interface Aging {
  asOf: string;
  buckets: Array<{ key: AgingBucketKey; label: string; totalCents: number; count: number }>;
  totalCents: number;
  count: number;
}
