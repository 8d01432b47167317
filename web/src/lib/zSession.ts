/**
 * Z's session context (Layer 4, working memory): which CRM or portal screen the user is on, the last
 * few screens, the records they have open and what Z last said. It lives in sessionStorage —
 * one per tab, gone when the tab closes — is never saved to the database, and starts over
 * after 30 minutes without activity.
 */

/** The session context as the chat API takes it (`session_context`). */
export interface SessionContextPayload {
  current_screen?: string;
  screen_history?: string[];
  active_job_id?: string;
  active_customer_id?: string;
  active_bid_id?: string;
  active_invoice_id?: string;
  /** The client portal's equipment and property pages. */
  active_equipment_id?: string;
  active_property_id?: string;
  last_ai_summary?: string;
}

type RecordKind = 'job' | 'customer' | 'bid' | 'invoice' | 'equipment' | 'property';

interface ZSession {
  /** When this session began (ms since the epoch): ties the Z thread to the session it belongs to. */
  startedAt: number;
  lastActivityAt: number;
  currentScreen?: string;
  /** Oldest first, ending with the current screen. */
  screenHistory: string[];
  active: Partial<Record<RecordKind, string>>;
  /** The address last recorded (path and query), to tell a new page from the same one read again. */
  location?: string;
  lastAiSummary?: string;
}

const STORAGE_KEY = 'zafto.z.session';
const SESSION_IDLE_MS = 30 * 60 * 1000;
const HISTORY_LENGTH = 5;
const SUMMARY_LENGTH = 280;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PageEntry {
  screen: string | ((params: URLSearchParams) => string);
  record?: RecordKind;
  list?: RecordKind;
  /** Portal pages: Z hears only about the records the page in view shows (a new page puts the last one's down). */
  exclusive?: boolean;
}

/** A client portal page: its `?c=` names the relationship (the customer record) it is about. */
const portalPage = (screen: string, record?: RecordKind): PageEntry => ({ screen, record, exclusive: true });

/**
 * CRM and portal pages and what Z calls them. `record` names the kind of record a page's `?id=` opens;
 * `list` the kind whose open record the user has put down by going back to its list.
 */
const PAGES: Record<string, PageEntry> = {
  '/crm': { screen: 'dashboard' },
  '/crm/customers': { screen: 'customer_list', list: 'customer' },
  '/crm/customers/view': { screen: 'customer_detail', record: 'customer' },
  '/crm/customers/import': { screen: 'customer_import' },
  '/crm/jobs': { screen: (params) => (params.get('view') === 'week' ? 'job_calendar' : 'job_list'), list: 'job' },
  '/crm/jobs/view': { screen: 'job_detail', record: 'job' },
  '/crm/bids': { screen: 'bid_list', list: 'bid' },
  '/crm/bids/view': { screen: 'bid_detail', record: 'bid' },
  '/crm/bids/edit': { screen: 'bid_editor', record: 'bid' },
  '/crm/invoices': { screen: 'invoice_list', list: 'invoice' },
  '/crm/invoices/view': { screen: 'invoice_detail', record: 'invoice' },
  '/crm/invoices/edit': { screen: 'invoice_editor', record: 'invoice' },
  '/crm/expenses': { screen: 'expenses' },
  '/crm/time': { screen: 'time_clock' },
  '/crm/leads': { screen: 'leads' },
  '/crm/settings': { screen: 'settings' },
  '/crm/settings/team': { screen: 'team_settings' },
  '/crm/settings/outbox': { screen: 'email_outbox' },
  '/crm/settings/z': { screen: 'z_settings' },
  '/portal': portalPage('portal_home'),
  '/portal/home': portalPage('my_home'),
  '/portal/equipment': portalPage('equipment_list'),
  '/portal/equipment/view': portalPage('equipment_detail', 'equipment'),
  '/portal/history': portalPage('service_history'),
  '/portal/quotes': portalPage('my_quotes'),
  '/portal/quotes/view': portalPage('quote_detail', 'bid'),
  '/portal/invoices': portalPage('my_invoices'),
  '/portal/invoices/view': portalPage('invoice_detail', 'invoice'),
  '/portal/messages': portalPage('messages'),
  '/portal/messages/view': portalPage('message_thread'),
  '/portal/requests': portalPage('service_requests'),
  '/portal/memory': portalPage('z_memory'),
  // Ops pages show platform aggregates only: no tenant record of an earlier page stays in view.
  '/ops': { screen: 'ops_overview', exclusive: true },
  '/ops/ai': { screen: 'ops_ai_usage', exclusive: true },
  '/ops/corrections': { screen: 'ops_corrections', exclusive: true },
  '/ops/knowledge': { screen: 'ops_knowledge', exclusive: true },
  '/ops/pipelines': { screen: 'ops_pipelines', exclusive: true },
  '/ops/tenants': { screen: 'ops_tenants', exclusive: true },
};

/** A screen and the records a page address names: `/crm/jobs/view/?id=…` → job_detail with that job. */
export function describeLocation(location: { pathname: string; search: string }): {
  screen: string;
  active: Partial<Record<RecordKind, string>>;
  list?: RecordKind;
  exclusive?: boolean;
} {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(location.search);
  const page = PAGES[path];
  // A page added later still gets a readable name (`/crm/reports/` → `reports`) until it is listed above.
  let screen = page ? (typeof page.screen === 'function' ? page.screen(params) : page.screen) : unlistedScreen(path);
  // A list's status filter is part of what the user is doing: `invoice_list:overdue` is chasing payments.
  const status = params.get('status');
  if (page?.list && status) screen = `${screen}:${status.toLowerCase().replace(/[^a-z0-9_]+/g, '-')}`.slice(0, 60);
  const active: Partial<Record<RecordKind, string>> = {};
  // Only well-formed ids: a mistyped link must not make every question to Z fail validation.
  const id = params.get('id');
  if (page?.record && id && UUID.test(id)) active[page.record] = id;
  // The bid and invoice editors and the job list can be opened for one customer.
  // A portal page's `?c=` is the homeowner's customer record with the contractor in view.
  const customerId = params.get('customerId') ?? (page?.exclusive ? params.get('c') : null);
  if (customerId && UUID.test(customerId)) active.customer = customerId;
  return { screen, active, list: page?.list, exclusive: page?.exclusive };
}

/** `/crm/reports/monthly` → `reports_monthly`, within the API's screen-name rules. */
function unlistedScreen(path: string): string {
  const name = path.replace(/^\/(crm|portal)\/?/, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return name.slice(0, 60) || 'dashboard';
}

let memory: ZSession | undefined;

function fresh(now: number): ZSession {
  return { startedAt: now, lastActivityAt: now, screenHistory: [], active: {} };
}

function load(now: number): ZSession {
  let session = memory;
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY);
    if (text) session = JSON.parse(text) as ZSession;
  } catch {
    // Storage blocked or a corrupt entry: the in-memory copy (or a new session) will do.
  }
  if (!session || typeof session.startedAt !== 'number' || now - session.lastActivityAt > SESSION_IDLE_MS) return fresh(now);
  return session;
}

function save(session: ZSession) {
  memory = session;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Storage blocked or full: the session lives in memory for this page only.
  }
}

/**
 * Notes the page the browser is on: its screen joins the history (a reload of the same
 * screen does not), a detail page's `?id=` becomes the active record of its kind, and going
 * back to a list puts that kind's record down. Counts as activity.
 */
export function recordPageView(location: { pathname: string; search: string } = window.location, now = Date.now()): void {
  const session = load(now);
  const { screen, active, list, exclusive } = describeLocation(location);
  const here = location.pathname + location.search;
  if (session.screenHistory.at(-1) !== screen) session.screenHistory = [...session.screenHistory, screen].slice(-HISTORY_LENGTH);
  session.currentScreen = screen;
  if (exclusive && session.location !== here) session.active = {};
  if (list) delete session.active[list];
  session.active = { ...session.active, ...active };
  session.location = here;
  session.lastActivityAt = now;
  save(session);
}

/**
 * Names a record the page shows that its address does not (the one property of “My home”,
 * the job a message thread is about), until the user opens another page.
 */
export function noteActiveRecord(kind: RecordKind, id: string, now = Date.now()): void {
  if (!UUID.test(id)) return;
  const session = load(now);
  session.active = { ...session.active, [kind]: id };
  save(session);
}

/**
 * Keeps the session in step with the page: records this page now and again whenever the
 * address changes in place (back and forward). Returns the function that stops listening.
 */
export function trackSessionContext(): () => void {
  recordPageView();
  const onPopState = () => recordPageView();
  window.addEventListener('popstate', onPopState);
  return () => window.removeEventListener('popstate', onPopState);
}

/** Remembers, in one line, what the user last asked Z and what Z answered. */
export function rememberAiSummary(question: string, answer: string, now = Date.now()): void {
  const session = load(now);
  const oneLine = (text: string, max: number) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  const summary = `Asked “${oneLine(question, 100)}”; Z answered: ${oneLine(answer, 160)}`;
  session.lastAiSummary = oneLine(summary, SUMMARY_LENGTH);
  session.lastActivityAt = now;
  save(session);
}

/** When the current session began; a new value means the old one timed out. */
export function sessionStartedAt(now = Date.now()): number {
  const session = load(now);
  save(session);
  return session.startedAt;
}

/**
 * The session context to send with a chat request, in the API's snake_case. The address is
 * read again first, so in-place changes (the jobs calendar toggle) and a session that timed
 * out while the page sat open both come out right.
 *
 * @example
 * await fetch('/api/v1/ai/chat', { method: 'POST', body: JSON.stringify({ message, session_context: sessionContextForRequest() }) });
 */
export function sessionContextForRequest(now = Date.now()): SessionContextPayload {
  recordPageView(window.location, now);
  const session = load(now);
  const context: SessionContextPayload = {
    current_screen: session.currentScreen,
    screen_history: [...session.screenHistory],
  };
  if (session.active.job) context.active_job_id = session.active.job;
  if (session.active.customer) context.active_customer_id = session.active.customer;
  if (session.active.bid) context.active_bid_id = session.active.bid;
  if (session.active.invoice) context.active_invoice_id = session.active.invoice;
  if (session.active.equipment) context.active_equipment_id = session.active.equipment;
  if (session.active.property) context.active_property_id = session.active.property;
  if (session.lastAiSummary) context.last_ai_summary = session.lastAiSummary;
  return context;
}
