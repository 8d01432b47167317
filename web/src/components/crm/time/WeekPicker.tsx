import { addDays, startOfWeek, weekLabel } from '../jobs/dates';

/** `← Mar 2 – 8, 2026 →` with a jump back to this week. */
export default function WeekPicker(props: { monday: Date; onChange: (monday: Date) => void; testId: string }) {
  const isThisWeek = () => props.monday.getTime() === startOfWeek(new Date()).getTime();
  return (
    <div class="flex flex-wrap items-center gap-2" data-testid={props.testId}>
      <button type="button" class="btn-secondary px-2.5 py-1.5" onClick={() => props.onChange(addDays(props.monday, -7))} aria-label="Previous week">
        ←
      </button>
      <span class="min-w-40 text-center text-sm font-medium text-slate-900">{weekLabel(props.monday)}</span>
      <button type="button" class="btn-secondary px-2.5 py-1.5" onClick={() => props.onChange(addDays(props.monday, 7))} aria-label="Next week">
        →
      </button>
      <button type="button" class="btn-ghost py-1.5" disabled={isThisWeek()} onClick={() => props.onChange(startOfWeek(new Date()))}>
        This week
      </button>
    </div>
  );
}
