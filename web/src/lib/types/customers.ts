/** Shapes of the customer detail API: properties, equipment, stats, timeline, CSV import. */

export interface Property {
  id: string;
  customerId: string;
  label: string | null;
  address: string;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  yearBuilt: number | null;
  squareFeet: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Equipment {
  id: string;
  customerId: string;
  propertyId: string | null;
  kind: string;
  make: string | null;
  model: string | null;
  serialNumber: string | null;
  /** `YYYY-MM-DD`. */
  installDate: string | null;
  warrantyExpiresOn: string | null;
  warrantyNotes: string | null;
  notes: string | null;
  /** Whole years since installation; null without an install date. */
  ageYears: number | null;
  /** Null without a warranty expiry date. */
  warrantyActive: boolean | null;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerStats {
  customerId: string;
  jobs: { total: number; scheduled: number; in_progress: number; completed: number; cancelled: number };
  /** Money fields are left out for techs. */
  revenueCents?: number;
  lifetimeBilledCents?: number;
  openBalanceCents?: number;
  overdueBalanceCents?: number;
}

export type TimelineType =
  | 'job.created'
  | 'job.started'
  | 'job.completed'
  | 'job.cancelled'
  | 'bid.created'
  | 'bid.sent'
  | 'bid.accepted'
  | 'bid.declined'
  | 'invoice.created'
  | 'invoice.sent'
  | 'invoice.paid'
  | 'invoice.void'
  | 'payment.received'
  | 'note.added'
  | 'message.received'
  | 'message.sent';

export interface TimelineItem {
  id: string;
  type: TimelineType;
  at: string;
  title: string;
  detail: string | null;
  entityType: 'job' | 'bid' | 'invoice' | 'message_thread';
  entityId: string;
  amountCents?: number;
}

export interface Timeline {
  data: TimelineItem[];
  /** Pass as `before` for the next (older) page; null at the end. */
  nextBefore: string | null;
}

export type ImportField = 'name' | 'email' | 'phone' | 'address' | 'notes';
export type ImportValues = Record<ImportField, string | null>;

export interface ImportPreviewRow {
  /** The row in the spreadsheet; the header is row 1. */
  rowNumber: number;
  values: ImportValues;
  errors: { field: ImportField | 'row'; message: string }[];
  duplicateOf: { customerId: string | null; rowNumber: number | null; name: string; reason: 'email' | 'phone' | 'name+address' } | null;
}

export interface ImportPreview {
  columns: { found: string[]; used: Record<ImportField, string | null>; ignored: string[] };
  rows: ImportPreviewRow[];
  summary: { rows: number; valid: number; invalid: number; duplicates: number; ready: number };
}

export interface ImportCommitResult {
  created: number;
  customerIds: string[];
}
