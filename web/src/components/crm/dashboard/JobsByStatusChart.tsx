import { For } from 'solid-js';
import { humanize } from '../../../lib/format';
import { JOB_STATUSES, type JobStatus } from '../../../lib/types/dashboard';

const COLORS: Record<JobStatus, string> = {
  scheduled: '#0ea5e9',
  in_progress: '#f97316',
  completed: '#10b981',
  cancelled: '#94a3b8',
};

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** Jobs per status as an SVG ring, with a legend that doubles as links to the filtered job list. */
export default function JobsByStatusChart(props: { counts: Record<JobStatus, number> }) {
  const total = () => JOB_STATUSES.reduce((sum, status) => sum + props.counts[status], 0);
  const segments = () => {
    let offset = 0;
    return JOB_STATUSES.map((status) => {
      const length = total() ? (props.counts[status] / total()) * CIRCUMFERENCE : 0;
      const segment = { status, length, offset };
      offset += length;
      return segment;
    });
  };
  return (
    <div class="flex flex-col items-center gap-6 sm:flex-row lg:flex-col" data-testid="jobs-chart">
      <svg viewBox="0 0 140 140" class="size-36 shrink-0" role="img" aria-labelledby="jobs-chart-title">
        <title id="jobs-chart-title">Jobs by status: {JOB_STATUSES.map((s) => `${props.counts[s]} ${humanize(s).toLowerCase()}`).join(', ')}</title>
        <circle cx="70" cy="70" r={RADIUS} fill="none" stroke="#f1f5f9" stroke-width="18" />
        <For each={segments()}>
          {(segment) => (
            <circle
              cx="70"
              cy="70"
              r={RADIUS}
              fill="none"
              stroke={COLORS[segment.status]}
              stroke-width="18"
              stroke-dasharray={`${segment.length} ${CIRCUMFERENCE - segment.length}`}
              stroke-dashoffset={-segment.offset}
              transform="rotate(-90 70 70)"
            />
          )}
        </For>
        <text x="70" y="66" text-anchor="middle" class="fill-slate-900 text-[22px] font-bold" data-testid="jobs-total">
          {total()}
        </text>
        <text x="70" y="86" text-anchor="middle" class="fill-slate-500 text-[11px]">
          jobs
        </text>
      </svg>
      <ul class="w-full space-y-2 text-sm">
        <For each={JOB_STATUSES}>
          {(status) => (
            <li>
              <a href={`/crm/jobs/?status=${status}`} class="flex items-center justify-between gap-3 rounded-md px-2 py-1 hover:bg-slate-50" data-testid={`jobs-${status}`}>
                <span class="flex items-center gap-2 text-slate-700">
                  <span class="size-2.5 rounded-full" style={{ background: COLORS[status] }} aria-hidden="true" />
                  {humanize(status)}
                </span>
                <span class="font-semibold text-slate-900 tabular-nums">{props.counts[status]}</span>
              </a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
