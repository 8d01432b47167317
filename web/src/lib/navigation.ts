/** Where the CRM starts after signing in. */
export const CRM_HOME = '/crm/';

/**
 * Accepts only same-site paths for the `next` parameter, so the login page cannot be
 * used to send someone to another site.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return CRM_HOME;
  return next;
}

/**
 * Where someone lands after signing in when no `next` was asked for: platform staff (auth
 * app_metadata role `ops`) in the ops portal, everyone else in the CRM.
 */
export function landingFor(user: { app_metadata?: Record<string, unknown> } | null | undefined, next: string | null): string {
  if (next) return safeNextPath(next);
  return user?.app_metadata?.role === 'ops' ? '/ops/' : CRM_HOME;
}

/**
 * Leaves the current page for the login page, remembering where to come back to: the client
 * portal has its own (magic link first), the CRM and the ops portal share /login.
 */
export function redirectToLogin(): void {
  const here = window.location.pathname + window.location.search + window.location.hash;
  const login = window.location.pathname.startsWith('/portal/') ? '/portal/login/' : '/login';
  window.location.replace(`${login}?next=${encodeURIComponent(here)}`);
}

/** `/crm/customers/view/?id=…`: one customer's page. */
export const customerHref = (customerId: string) => `/crm/customers/view/?id=${encodeURIComponent(customerId)}`;

/** `/crm/jobs/view/?id=…`: one job's page. */
export const jobHref = (jobId: string) => `/crm/jobs/view/?id=${encodeURIComponent(jobId)}`;

/** `/crm/messages/?thread=…`: the inbox, with one conversation open when `threadId` is given. */
export const messagesHref = (threadId?: string) => (threadId ? `/crm/messages/?thread=${encodeURIComponent(threadId)}` : '/crm/messages/');
