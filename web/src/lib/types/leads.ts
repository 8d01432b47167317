/** Leads and the sales pipeline, as the API sends them. */
import type { Customer } from '../types';

export const LEAD_STAGES = ['new', 'contacted', 'qualified', 'bid_sent', 'won', 'lost'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

export const LEAD_STAGE_LABELS: Record<LeadStage, string> = {
  new: 'New',
  contacted: 'Contacted',
  qualified: 'Qualified',
  bid_sent: 'Bid sent',
  won: 'Won',
  lost: 'Lost',
};

export interface Lead {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  source: string | null;
  stage: LeadStage;
  trade: string | null;
  estimatedValueCents: number | null;
  notes: string | null;
  lostReason: string | null;
  assignedTo: string | null;
  /** Set once converted; such a lead stays won. */
  customerId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LeadInput {
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  source: string | null;
  trade: string | null;
  estimatedValueCents: number | null;
  notes: string | null;
  assignedTo: string | null;
  stage?: LeadStage;
  lostReason?: string | null;
}

export interface KanbanColumn {
  stage: LeadStage;
  count: number;
  valueCents: number;
  /** Most recently changed first (at most the requested limit). */
  leads: Lead[];
}

export interface Kanban {
  columns: KanbanColumn[];
}

export interface ConvertLeadResult {
  lead: Lead;
  customer: Customer;
  job: { id: string; customerId: string; title: string; trade: string; status: string; scheduledStart: string | null } | null;
}
