/** Display helpers for the ops portal's figures (counts, shares, AI dollars, schedules). */

const integer = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** `12,345`. */
export const formatCount = (value: number | null | undefined) => (value == null ? '—' : integer.format(value));

/** `12.3K`, for axes and big token counts. */
export const formatCompact = (value: number | null | undefined) => (value == null ? '—' : compact.format(value));

/** `42%` (or `4.2%` below 10%) from a fraction 0–1. */
export function formatShare(fraction: number | null | undefined): string {
  if (fraction == null || !Number.isFinite(fraction)) return '—';
  const percent = fraction * 100;
  return `${percent !== 0 && Math.abs(percent) < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}

/** `+12%` / `−8%` / `±0%` from a percentage; null (no last week to compare with) → `new`. */
export function formatGrowth(percent: number | null | undefined): string {
  if (percent == null || !Number.isFinite(percent)) return 'new';
  const rounded = Math.abs(percent) < 10 ? Math.round(percent * 10) / 10 : Math.round(percent);
  if (rounded === 0) return '±0%';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}%`;
}

/**
 * AI spend in dollars: `$0.0042` below a dollar (single requests cost fractions of a cent),
 * `$12.34` above.
 */
export function formatUsd(dollars: number | null | undefined): string {
  if (dollars == null || !Number.isFinite(dollars)) return '—';
  if (dollars === 0) return '$0.00';
  const digits = Math.abs(dollars) < 1 ? 4 : 2;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(dollars);
}

/** `840 ms` or `2.4 s`. */
export function formatLatency(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `Nov 23` from `2026-11-23` (a week's Monday or a day), without time-zone shifts. */
export function formatDay(value: string, withYear = false): string {
  const date = new Date(`${value.slice(0, 10)}T12:00:00Z`);
  return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) });
}

/** `5 min ago`, `3 h ago`, `2 d ago`, then the date. */
export function formatAgo(value: string | null | undefined, now = Date.now()): string {
  if (!value) return '—';
  const seconds = Math.round((now - new Date(value).getTime()) / 1000);
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  if (seconds < 7 * 86_400) return `${Math.floor(seconds / 86_400)} d ago`;
  return new Date(value).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
}

/** `42 s` or `3 min 5 s` between two timestamps; `—` before a start or an end. */
export function formatElapsed(start: string | null, end: string | null): string {
  if (!start || !end) return '—';
  const seconds = Math.max(0, Math.round((new Date(end).getTime() - new Date(start).getTime()) / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

const WEEKDAYS = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];

/**
 * A cron schedule in words, for the common shapes the pipelines use (`15 1 * * *` → “Every day
 * at 01:15 UTC”, `0 3 * * 0` → “Sundays at 03:00 UTC”); anything else is left as the cron text.
 */
export function describeCron(cron: string): string {
  const parts = cron.trim().split(/\s+/);
  if (parts.length !== 5) return cron;
  const [minute = '', hour = '', dayOfMonth = '', month = '', weekday = ''] = parts;
  if (!/^\d+$/.test(minute) || month !== '*') return cron;
  const at = (h: string) => `${h.padStart(2, '0')}:${minute.padStart(2, '0')} UTC`;
  if (hour === '*' && dayOfMonth === '*' && weekday === '*') return `Every hour at :${minute.padStart(2, '0')}`;
  if (!/^\d+$/.test(hour)) return cron;
  if (dayOfMonth === '*' && weekday === '*') return `Every day at ${at(hour)}`;
  if (dayOfMonth === '*' && /^[0-7]$/.test(weekday)) return `${WEEKDAYS[Number(weekday) % 7]} at ${at(hour)}`;
  if (weekday === '*' && /^\d+$/.test(dayOfMonth)) return `Day ${dayOfMonth} of every month at ${at(hour)}`;
  return cron;
}
