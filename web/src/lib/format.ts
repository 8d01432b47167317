/** Display helpers shared by every CRM page. Money arrives from the API as integer cents. */

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const usdWhole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** `$1,234.50` from 123450. */
export const formatCents = (cents: number | null | undefined) => (cents == null ? '—' : usd.format(cents / 100));

/** `$1,235` from 123450, for charts and tiles. */
export const formatCentsWhole = (cents: number | null | undefined) => (cents == null ? '—' : usdWhole.format(cents / 100));

/**
 * Cents from what a person typed (`1,234.5`, `$80`), or null when it is not an amount.
 * Exact: works on the digits, never through floating point.
 */
export function parseDollarsToCents(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** `12.50` for an input's value, from 1250 cents. */
export const centsToInput = (cents: number | null | undefined) => (cents == null ? '' : (cents / 100).toFixed(2));

/** A calendar date (`2026-03-04` or an ISO timestamp) as `Mar 4, 2026`, without time-zone shifts for plain dates. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
}

/** `Mar 4, 2:30 PM` in the browser's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** `3.5 h` from hours; `1:05:09` style for a running timer from milliseconds. */
export const formatHours = (hours: number | null | undefined) => (hours == null ? '—' : `${Math.round(hours * 100) / 100} h`);
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** Today's date as `YYYY-MM-DD` in the browser's time zone, for date inputs. */
export function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** `in_progress` → `In progress`. */
export const humanize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, ' ');
