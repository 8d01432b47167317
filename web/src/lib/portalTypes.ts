/** The client portal's API shapes (`/api/v1/portal/*`), as the server sends them. Money in integer cents. */

export interface PortalCompany {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  /** An API path (`/api/v1/files/…`) that needs the bearer token. */
  logoUrl: string | null;
  trades: string[];
}

/** One contractor the homeowner is a customer of. */
export interface Relationship {
  customerId: string;
  customerName: string;
  company: PortalCompany;
}

export interface PortalMe {
  email: string | null;
  /** Empty: no contractor has linked this account yet. */
  relationships: Relationship[];
}

export interface UpcomingVisit {
  jobId: string;
  title: string;
  status: string;
  scheduledStart: string | null;
  scheduledEnd: string | null;
  address: string | null;
}

export interface OpenQuote {
  id: string;
  number: string;
  title: string | null;
  totalCents: number;
  validUntil: string | null;
  sentAt: string | null;
}

export interface PortalHome {
  upcomingVisits: UpcomingVisit[];
  openQuotes: OpenQuote[];
  balanceDueCents: number;
  overdueCents: number;
  openInvoices: number;
  unreadMessages: number;
  openRequests: number;
}

export interface PortalProperty {
  id: string;
  label: string | null;
  address: string;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  yearBuilt: number | null;
  squareFeet: number | null;
}

export type WarrantyStatus = 'active' | 'expired' | 'unknown';

/** How long equipment like this usually lasts, from ZAFTO's data or an industry baseline. */
export interface LifespanInsight {
  text: string;
  lowYears: number;
  /** Null when only a lower bound is known (“20+ years”). */
  highYears: number | null;
  typicalYears: number;
  basis: 'zafto' | 'industry';
  confidence: 'limited' | 'moderate' | 'confident' | null;
  sampleSize: number | null;
}

export interface PortalEquipment {
  id: string;
  propertyId: string | null;
  kind: string;
  make: string | null;
  model: string | null;
  serialNumber: string | null;
  installDate: string | null;
  ageYears: number | null;
  warrantyExpiresOn: string | null;
  warranty: WarrantyStatus;
  insight: LifespanInsight | null;
}

export interface EquipmentService {
  jobId: string;
  title: string;
  completedAt: string | null;
  failureMode: string | null;
}

export interface PortalEquipmentDetail extends PortalEquipment {
  serviceHistory: EquipmentService[];
}

export interface PortalJob {
  id: string;
  title: string;
  trade: string | null;
  status: string;
  scheduledStart: string | null;
  scheduledEnd: string | null;
  startedAt: string | null;
  completedAt: string | null;
  address: string | null;
  equipment: { id: string; kind: string } | null;
  /** Only the notes the contractor shared. */
  notes: { body: string; createdAt: string }[];
}

export type QuoteStatus = 'sent' | 'accepted' | 'declined' | 'expired';

export interface QuoteSummary {
  id: string;
  number: string;
  title: string | null;
  status: QuoteStatus;
  totalCents: number;
  sentAt: string | null;
  validUntil: string | null;
  decidedAt: string | null;
}

export interface PortalLine {
  description: string;
  /** Decimal text, e.g. `"2.5"`. */
  quantity: string;
  unit: string | null;
  unitPriceCents: number;
  totalCents: number;
}

export interface PortalTotals {
  subtotalCents: number;
  discountCents: number;
  taxRateBps: number;
  taxCents: number;
  totalCents: number;
}

export interface PortalQuote extends PortalTotals {
  id: string;
  number: string;
  title: string | null;
  status: QuoteStatus;
  notes: string | null;
  validUntil: string | null;
  sentAt: string | null;
  lines: PortalLine[];
  /** Sent back with a decision: the server refuses it when the quote changed since. */
  contentHash: string;
  company: PortalCompany;
  decision: { signedName: string | null; decidedAt: string; reason: string | null } | null;
  canDecide: boolean;
}

export type InvoiceStatus = 'sent' | 'partial' | 'paid' | 'void' | 'overdue';

export interface InvoiceSummary {
  id: string;
  number: string;
  status: InvoiceStatus;
  issueDate: string | null;
  dueDate: string | null;
  totalCents: number;
  amountPaidCents: number;
  balanceCents: number;
}

export interface PortalInvoice extends InvoiceSummary, PortalTotals {
  notes?: string | null;
  lines: PortalLine[];
  payments: { amountCents: number; paidOn: string; method: string | null }[];
  company: PortalCompany;
}

export type MessageSender = 'contractor' | 'homeowner' | 'system';

export interface PortalMessage {
  id: string;
  sender: MessageSender;
  senderName: string;
  /** Plain text: shown as text, never as HTML. */
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface ThreadSummary {
  id: string;
  subject: string | null;
  jobId: string | null;
  lastMessageAt: string | null;
  unreadCount: number;
  lastMessage: { body: string; sender: MessageSender; createdAt: string } | null;
}

export interface PortalThread {
  id: string;
  subject: string | null;
  jobId: string | null;
  company: { name: string };
  messages: PortalMessage[];
}

export const REQUEST_TYPES = ['problem', 'schedule_service', 'equipment_question'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export type RequestStatus = 'received' | 'in_review' | 'quoted' | 'scheduled' | 'closed';

export interface ServiceRequest {
  id: string;
  type: RequestType;
  status: RequestStatus;
  description: string;
  equipment: { id: string; kind: string } | null;
  createdAt: string;
}
