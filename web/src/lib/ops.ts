import { api } from './api';

/**
 * The ops portal's view of the API (`/api/v1/ops/*`): platform staff only (403 for anyone
 * else), every request audited. Shapes follow the issue 7 contract; money is integer cents,
 * AI cost is US dollars (fractions of a cent matter there).
 */

export type ActivityKind = 'quote_accepted' | 'quote_declined' | 'portal_message' | 'service_request' | 'company_signup' | 'portal_joined';

export interface WeekFigures {
  /** The Monday the week starts on (`YYYY-MM-DD`). */
  week: string;
  newCompanies: number;
  newUsers: number;
  jobsCompleted: number;
  paymentsCents: number;
  portalActions: number;
}

export interface OpsOverview {
  generatedAt: string;
  tenants: { total: number; active30d: number; byTrade: Array<{ trade: string; count: number }>; byState: Array<{ state: string | null; count: number }> };
  users: { total: number; new: number; signedIn30d: number };
  weekly: WeekFigures[];
  jobs: { completedThisWeek: number; completedLastWeek: number; growthPct: number | null };
  revenue: { thisWeekCents: number; lastWeekCents: number; growthPct: number | null; totalCents: number };
  portal: { linkedHomeowners: number; quotesDecided7d: number; messages7d: number; serviceRequests7d: number };
  /** Anonymous: what happened, with the trade and state of the company, never who. */
  recentActivity: Array<{ at: string; kind: ActivityKind; trade: string | null; state: string | null }>;
}

export interface AiUsage {
  totals: {
    requests: number;
    inputTokens: number;
    outputTokens: number;
    costUsd: number;
    /** Shares are fractions (0–1). */
    escalationRate: number | null;
    fastPathShare: number | null;
    offlineShare: number | null;
    latencyP50Ms: number | null;
    latencyP95Ms: number | null;
  };
  byTierModel: Array<{ tier: string; model: string; requests: number; costUsd: number }>;
  byDay: Array<{ day: string; requests: number; inputTokens: number; outputTokens: number; costUsd: number }>;
  byTenant: Array<{ companyId: string | null; companyName: string | null; requests: number; costUsd: number }>;
  feedback: Array<{ trade: string | null; topic: string | null; positive: number; negative: number; positiveRate: number | null }>;
}

export const CORRECTION_STATUSES = ['pending', 'validated', 'rejected'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];
export const SEVERITIES = ['minor', 'major', 'safety_critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { minor: 'Minor', major: 'Major', safety_critical: 'Safety critical' };

export interface Correction {
  id: string;
  trade: string | null;
  topic: string | null;
  severity: Severity;
  correctionText: string;
  originalResponse: string;
  codeReference: string | null;
  createdAt: string;
  status: CorrectionStatus;
  reviewNote: string | null;
  forCorpus: boolean;
}

export interface CorrectionTopic {
  trade: string | null;
  topic: string | null;
  pending: number;
  validated: number;
  rejected: number;
  total: number;
  /** Many corrections on one topic: the corpus or the prompt probably needs work there. */
  highlighted: boolean;
}

export interface CorrectionList {
  items: Correction[];
  topics: CorrectionTopic[];
}

export type CorrectionFilters = { status?: CorrectionStatus; trade?: string; topic?: string; severity?: Severity };

/** `queued`: enqueued, not picked up by a worker yet. */
export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'skipped';

/** One row of the pipelines' run log (`pipeline_runs`). */
export interface PipelineRun {
  id: string;
  job: string;
  status: RunStatus;
  trigger: string;
  startedAt: string | null;
  finishedAt: string | null;
  rowsRead: number | null;
  patternsUpserted: number | null;
  patternsRemoved: number | null;
  groupsSkipped: number | null;
  details: Record<string, unknown> | null;
  error: string | null;
}

export interface BrokenReference {
  id: string;
  codeBody: string;
  edition: string | null;
  section: string;
  deepLinkUrl: string | null;
  linkDetail: string | null;
}

export interface KnowledgeStatus {
  byTrade: Array<{ trade: string; documents: number; chunks: number; lastIngestedAt: string | null }>;
  lastIngest: PipelineRun | null;
  codeReferences: { total: number; ok: number; broken: number; unchecked: number; lastCheckedAt: string | null; broken_items: BrokenReference[] };
}

export interface PipelineTask {
  name: string;
  cron: string;
  summary: string;
  /** Whether the job queue has the schedule (a task can exist yet not be scheduled). */
  scheduled: boolean;
  lastRun: PipelineRun | null;
}

export interface PipelineStatus {
  tasks: PipelineTask[];
  runs: PipelineRun[];
}

export interface Tenant {
  companyId: string;
  name: string;
  trades: string[];
  state: string | null;
  createdAt: string;
  members: number;
  customers: number;
  jobs30d: number;
}

export interface SupportView {
  company: {
    id: string;
    name: string;
    trades: string[];
    state: string | null;
    tier: string;
    employeeCount: number | null;
    phone: string | null;
    email: string | null;
    address: string | null;
    contributeToIntelligence: boolean;
    createdAt: string;
  };
  counts: {
    members: number;
    customers: number;
    linkedHomeowners: number;
    jobs: number;
    jobsOpen: number;
    bids: number;
    invoices: number;
    leads: number;
    aiRequests30d: number;
  };
  /** What happened lately (not the changed values). */
  recentAudit: Array<{ at: string; action: string; entityType: string; entityId: string | null; actorRole: string | null }>;
}

/** How long a support reason must be, as the API checks it. */
export const SUPPORT_REASON = { min: 10, max: 500 } as const;
/** How long a review note may be. */
export const REVIEW_NOTE_MAX = 1000;

type Signal = { signal?: AbortSignal };

export const loadOverview = ({ signal, weeks = 12 }: Signal & { weeks?: number } = {}) => api<OpsOverview>('/ops/overview', { query: { weeks }, signal });

export const loadAiUsage = ({ signal, days }: Signal & { days: number }) => api<AiUsage>('/ops/ai', { query: { days }, signal });

export const listCorrections = (filters: CorrectionFilters, { signal }: Signal = {}) => api<CorrectionList>('/ops/corrections', { query: filters, signal });

export const reviewCorrection = (id: string, review: { decision: 'validate' | 'reject'; note: string }) =>
  api<Correction>(`/ops/corrections/${encodeURIComponent(id)}/review`, { method: 'POST', body: review });

export const loadKnowledge = ({ signal }: Signal = {}) => api<KnowledgeStatus>('/ops/knowledge', { signal });

export const startIngest = () => api<{ runId: string }>('/ops/knowledge/ingest', { method: 'POST', body: {} });

export const startLinkCheck = () => api<{ runId: string }>('/ops/knowledge/link-check', { method: 'POST', body: {} });

export const loadRun = (runId: string, { signal }: Signal = {}) => api<PipelineRun>(`/ops/runs/${encodeURIComponent(runId)}`, { signal });

export const loadPipelines = ({ signal }: Signal = {}) => api<PipelineStatus>('/ops/pipelines', { signal });

/** Queues a task; its run in the log has the job's id once a worker picks it up. */
export const runPipelineNow = (task: string) => api<{ jobId: string }>(`/ops/pipelines/${encodeURIComponent(task)}/run`, { method: 'POST', body: {} });

export const listTenants = ({ signal }: Signal = {}) => api<Tenant[]>('/ops/tenants', { signal });

export const openTenantForSupport = (companyId: string, reason: string) => api<SupportView>(`/ops/tenants/${encodeURIComponent(companyId)}`, { query: { reason } });

/** `processed` of `total` from a run's details, when the task reports progress. */
export function runProgress(run: PipelineRun | null | undefined): { processed: number; total: number } | null {
  const details = run?.details;
  if (!details) return null;
  const processed = Number(details.processed);
  const total = Number(details.total);
  return Number.isFinite(processed) && Number.isFinite(total) && total > 0 ? { processed, total } : null;
}

/** Whether a run has ended (queued and running ones still change). */
export const runFinished = (run: PipelineRun) => run.status !== 'running' && run.status !== 'queued';
