/** Bids (quotes) and the line items bids and invoices share, as the API sends them. */

export const LINE_ITEM_TYPES = ['labor', 'material', 'other'] as const;
export type LineItemType = (typeof LINE_ITEM_TYPES)[number];

export const BID_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'expired'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

export interface LineItem {
  id: string;
  position: number;
  description: string;
  /** Decimal text with up to 3 places, e.g. `"2.5"`. */
  quantity: string;
  unit: string | null;
  unitPriceCents: number;
  type: LineItemType;
  totalCents: number;
}

/** A line as the editor sends it; the server computes every total. */
export interface LineItemInput {
  description: string;
  quantity: string;
  unit: string | null;
  unitPriceCents: number;
  type: LineItemType;
}

export interface Totals {
  subtotalCents: number;
  discountCents: number;
  taxRateBps: number;
  taxCents: number;
  totalCents: number;
}

export interface CustomerRef {
  id: string;
  name: string;
  email: string | null;
}

/** What a saved bid and a saved invoice have in common, for the pages that show either. */
export interface SavedDocument extends Totals {
  id: string;
  number: string;
  status: string;
  customerId: string;
  customer: CustomerRef;
  lines: LineItem[];
  notes: string | null;
  createdByAi: boolean;
  reviewedBy: string | null;
}

export interface BidSummary extends Totals {
  id: string;
  number: string;
  title: string | null;
  status: BidStatus;
  customerId: string;
  customer: CustomerRef;
  jobId: string | null;
  /** A linked job's trade and kind of work count instead of these. */
  trade: string | null;
  jobCategory: string | null;
  validUntil: string | null;
  createdByAi: boolean;
  reviewedBy: string | null;
  sentAt: string | null;
  /** When the bid was first sent again. */
  followedUpAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  declineReason: string | null;
  /** Where the customer's answer was recorded, once accepted or declined. */
  decidedVia: 'client_portal' | 'crm' | null;
  createdAt: string;
  updatedAt: string;
}

export interface Bid extends BidSummary {
  lines: LineItem[];
  notes: string | null;
  createdBy: string | null;
  /** Invoices made from this bid. */
  invoices: Array<{ id: string; number: string; status: string }>;
}

export interface BidInput {
  customerId: string;
  title: string | null;
  trade?: string | null;
  jobCategory?: string | null;
  validUntil: string | null;
  notes: string | null;
  discountCents: number;
  taxRateBps: number;
  lines: LineItemInput[];
}

export interface BidConvertResult {
  bid: Bid;
  job: { id: string; title: string; status: string } | null;
  invoiceId: string | null;
}

export interface OutboxEmail {
  id: string;
  to: string;
  subject: string;
  status: 'queued' | 'sent' | 'failed';
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface BidSendResult {
  bid: Bid;
  email: OutboxEmail;
}

export const LINE_TYPE_LABELS: Record<LineItemType, string> = { labor: 'Labor', material: 'Material', other: 'Other' };

export const BID_STATUS_LABELS: Record<BidStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'Expired',
};
