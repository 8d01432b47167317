import { safeNextPath } from './navigation';
import type { Relationship, RequestStatus, RequestType } from './portalTypes';

/** Where the client portal starts. */
export const PORTAL_HOME = '/portal/';

const CUSTOMER_KEY = 'zafto.portal.customer';

/** `/api/v1/portal/customers/{id}…`: a route of one relationship. */
export const customerPath = (customerId: string, rest = '') => `/portal/customers/${encodeURIComponent(customerId)}${rest}`;

/**
 * A portal page for one relationship: `portalHref('/portal/quotes/view/', customerId, { id })`.
 * Every portal link carries `?c=` so the page (and Z) know which contractor it is about.
 */
export function portalHref(path: string, customerId: string | undefined, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (customerId) query.set('c', customerId);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Which relationship a page shows: `?c=` when it is one of the homeowner's, else the one they
 * last looked at on this device, else the first. Remembers the choice.
 */
export function chooseRelationship(relationships: Relationship[], search = window.location.search): Relationship | undefined {
  const ids = new Set(relationships.map((relationship) => relationship.customerId));
  const wanted = new URLSearchParams(search).get('c');
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(CUSTOMER_KEY);
  } catch {
    // Storage blocked: the address and the first relationship still work.
  }
  const id = [wanted, stored].find((candidate) => candidate && ids.has(candidate)) ?? relationships[0]?.customerId;
  const chosen = relationships.find((relationship) => relationship.customerId === id);
  if (chosen) rememberRelationship(chosen.customerId);
  return chosen;
}

export function rememberRelationship(customerId: string) {
  try {
    window.localStorage.setItem(CUSTOMER_KEY, customerId);
  } catch {
    // Storage blocked: the choice lasts as long as the address carries it.
  }
}

/** Puts the relationship into the address without a reload, so a refresh or a shared link keeps it. */
export function pinRelationshipInAddress(customerId: string) {
  const url = new URL(window.location.href);
  if (url.searchParams.get('c') === customerId) return;
  url.searchParams.set('c', customerId);
  window.history.replaceState(window.history.state, '', url);
}

/** Same-site portal paths only for `?next=`; anything else goes to the portal's home. */
export function safePortalNext(next: string | null | undefined): string {
  const path = safeNextPath(next);
  return path.startsWith('/portal') && !path.startsWith('/portal/login') ? path : PORTAL_HOME;
}

/** The portal's sign-in page, coming back to `next` (default: this page) afterwards. */
export function portalLoginHref(next = window.location.pathname + window.location.search): string {
  return `/portal/login/?next=${encodeURIComponent(next)}`;
}

export const REQUEST_TYPE_LABELS: Record<RequestType, string> = {
  problem: 'Something’s wrong',
  schedule_service: 'Schedule service',
  equipment_question: 'Ask about equipment',
};

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  received: 'Received',
  in_review: 'In review',
  quoted: 'Quoted',
  scheduled: 'Scheduled',
  closed: 'Closed',
};

/** `Water heater · Rheem Performance` from the parts that are known. */
export function equipmentName(item: { kind: string; make?: string | null; model?: string | null }): string {
  const makeModel = [item.make, item.model].filter(Boolean).join(' ');
  return makeModel ? `${item.kind} · ${makeModel}` : item.kind;
}

/** `8 years old`, `Under a year old`, or null without an install date. */
export function describeAge(ageYears: number | null): string | null {
  if (ageYears == null) return null;
  if (ageYears < 1) return 'Under a year old';
  return `${ageYears} year${ageYears === 1 ? '' : 's'} old`;
}
