import { Show } from 'solid-js';
import { formatHours } from '../../../lib/format';
import type { Job } from '../../../lib/types/jobs';

/** Estimated against actual hours, as numbers and a bar that turns red past the estimate. */
export default function JobHours(props: { job: Job }) {
  const ratio = () => (props.job.estimatedHours ? props.job.actualHours / props.job.estimatedHours : 0);
  const over = () => ratio() > 1;
  return (
    <section class="card px-5 py-4" aria-labelledby="job-hours-heading" data-testid="job-hours">
      <h2 id="job-hours-heading" class="text-base font-semibold text-slate-900">
        Hours
      </h2>
      <dl class="mt-3 grid grid-cols-2 gap-4 text-sm">
        <div>
          <dt class="text-slate-500">Estimated</dt>
          <dd class="text-xl font-semibold text-slate-900 tabular-nums" data-testid="job-hours-estimated">
            {formatHours(props.job.estimatedHours)}
          </dd>
        </div>
        <div>
          <dt class="text-slate-500">Actual (whole crew)</dt>
          <dd class={`text-xl font-semibold tabular-nums ${over() ? 'text-red-600' : 'text-slate-900'}`} data-testid="job-hours-actual">
            {formatHours(props.job.actualHours)}
          </dd>
        </div>
      </dl>
      <Show when={props.job.estimatedHours}>
        <div class="mt-3 h-2 overflow-hidden rounded-full bg-slate-100" role="img" aria-label={`${Math.round(ratio() * 100)}% of the estimate used`}>
          <div class={`h-full rounded-full ${over() ? 'bg-red-500' : 'bg-brand-500'}`} style={{ width: `${Math.min(100, ratio() * 100)}%` }} />
        </div>
      </Show>
      <Show when={props.job.clockedInNow > 0}>
        <p class="mt-3 flex items-center gap-2 text-sm text-emerald-700" data-testid="job-clocked-in">
          <span class="size-2 animate-pulse rounded-full bg-emerald-500" aria-hidden="true" />
          {props.job.clockedInNow} {props.job.clockedInNow === 1 ? 'person is' : 'people are'} on the clock here now
        </p>
      </Show>
      <Show when={props.job.status === 'scheduled' || props.job.status === 'in_progress'}>
        <a class="mt-3 inline-block text-sm link" href={`/crm/time/?jobId=${encodeURIComponent(props.job.id)}`} data-testid="job-clock-link">
          Clock in to this job →
        </a>
      </Show>
    </section>
  );
}
