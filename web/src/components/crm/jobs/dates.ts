/** Local-time calendar helpers for the jobs and time pages (weeks start on Monday). */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a moment in the browser's time zone. */
export const dayKey = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** Local midnight of a `YYYY-MM-DD` day. */
export const fromDayKey = (key: string) => {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(year!, (month ?? 1) - 1, day ?? 1);
};

export function addDays(date: Date, days: number) {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

/** Local midnight of the Monday of the week holding `date`. */
export function startOfWeek(date: Date) {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}

/** The seven days of the week starting at `monday`. */
export const weekDays = (monday: Date) => Array.from({ length: 7 }, (_, index) => addDays(monday, index));

/** `Mar 2 – 8, 2026` (or across months, `Mar 30 – Apr 5, 2026`). */
export function weekLabel(monday: Date) {
  const sunday = addDays(monday, 6);
  const month = (date: Date) => date.toLocaleDateString('en-US', { month: 'short' });
  const end = monday.getMonth() === sunday.getMonth() ? `${sunday.getDate()}` : `${month(sunday)} ${sunday.getDate()}`;
  return `${month(monday)} ${monday.getDate()} – ${end}, ${sunday.getFullYear()}`;
}

/** An ISO instant as the value of a `datetime-local` input (local time, minutes). */
export function toLocalInput(iso: string | null | undefined) {
  if (!iso) return '';
  const date = new Date(iso);
  return `${dayKey(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant, or null when blank or not a time. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** `9:00 AM`. */
export const timeOfDay = (iso: string) => new Date(iso).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

/** `Mon, Mar 2, 9:00 AM – 12:00 PM`, from a start and an optional end. */
export function scheduleText(start: string | null, end: string | null) {
  if (!start) return 'Not scheduled';
  const from = new Date(start).toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  if (!end) return from;
  const sameDay = dayKey(new Date(start)) === dayKey(new Date(end));
  return `${from} – ${sameDay ? timeOfDay(end) : new Date(end).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })}`;
}
