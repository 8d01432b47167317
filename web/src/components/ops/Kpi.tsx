import { Show } from 'solid-js';
import { formatGrowth } from '../../lib/opsFormat';

interface KpiProps {
  label: string;
  value: string;
  /** A line of context under the number. */
  detail?: string;
  /** Week over week, in percent; null when last week had nothing to compare with. */
  growthPct?: number | null;
  testId: string;
}

/** One headline figure: label, number, and how it moved since last week when that matters. */
export default function Kpi(props: KpiProps) {
  const tone = () => {
    const growth = props.growthPct;
    if (growth == null) return 'bg-slate-100 text-slate-600';
    if (growth > 0) return 'bg-emerald-50 text-emerald-700';
    if (growth < 0) return 'bg-red-50 text-red-700';
    return 'bg-slate-100 text-slate-600';
  };
  return (
    <div class="card min-w-0 p-4" data-testid={props.testId}>
      <p class="text-xs font-medium tracking-wide text-balance text-slate-500 uppercase">{props.label}</p>
      <div class="mt-1 flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <p class="text-2xl font-bold text-slate-900 tabular-nums" data-testid={`${props.testId}-value`}>
          {props.value}
        </p>
        <Show when={props.growthPct !== undefined}>
          <span class={`rounded-full px-1.5 py-0.5 text-xs font-semibold tabular-nums ${tone()}`} data-testid={`${props.testId}-growth`}>
            {formatGrowth(props.growthPct)}
            <span class="sr-only"> week over week</span>
          </span>
        </Show>
      </div>
      <Show when={props.detail}>
        <p class="mt-0.5 text-xs text-slate-500" data-testid={`${props.testId}-detail`}>
          {props.detail}
        </p>
      </Show>
    </div>
  );
}
