import { Show } from 'solid-js';
import RunBadge from '../RunBadge';
import { runProgress, type PipelineRun } from '../../../lib/ops';
import { formatAgo, formatCount, formatElapsed } from '../../../lib/opsFormat';
import { formatDateTime } from '../../../lib/format';

/** A background run: its status, a progress bar while it reports `processed`/`total`, and its error. */
export default function RunProgress(props: { run: PipelineRun; label: string; testId: string }) {
  const progress = () => runProgress(props.run);
  const percent = () => {
    const value = progress();
    return value ? Math.min(100, Math.round((value.processed / value.total) * 100)) : null;
  };
  return (
    <div class="rounded-lg border border-slate-200 px-3 py-2.5" data-testid={props.testId} data-status={props.run.status}>
      <div class="flex flex-wrap items-center gap-2 text-sm">
        <RunBadge status={props.run.status} testId={`${props.testId}-status`} />
        <span class="text-slate-600">
          <Show when={props.run.startedAt} fallback="Waiting for a worker">
            {(startedAt) => (
              <>
                Started <time datetime={startedAt()} title={formatDateTime(startedAt())}>{formatAgo(startedAt())}</time>
              </>
            )}
          </Show>
          <Show when={props.run.finishedAt}> · took {formatElapsed(props.run.startedAt, props.run.finishedAt)}</Show>
          <Show when={props.run.trigger}> · by {props.run.trigger === 'ops' ? 'staff' : props.run.trigger}</Show>
        </span>
      </div>
      <Show when={progress()}>
        {(value) => (
          <div class="mt-2">
            <div
              class="h-2 overflow-hidden rounded-full bg-slate-100"
              role="progressbar"
              aria-label={props.label}
              aria-valuemin={0}
              aria-valuemax={value().total}
              aria-valuenow={value().processed}
              aria-valuetext={`${formatCount(value().processed)} of ${formatCount(value().total)}`}
              data-testid={`${props.testId}-bar`}
            >
              <div class={`h-2 rounded-full transition-[width] ${props.run.status === 'failed' ? 'bg-red-500' : 'bg-brand-500'}`} style={{ width: `${percent()}%` }} />
            </div>
            <p class="mt-1 text-xs text-slate-600 tabular-nums" data-testid={`${props.testId}-count`}>
              {formatCount(value().processed)} of {formatCount(value().total)} ({percent()}%)
            </p>
          </div>
        )}
      </Show>
      <Show when={(props.run.status === 'running' || props.run.status === 'queued') && !progress()}>
        <p class="mt-2 text-xs text-slate-500">Starting…</p>
      </Show>
      <Show when={props.run.error}>
        <p class="mt-2 text-sm break-words text-red-700" data-testid={`${props.testId}-error`}>
          {props.run.error}
        </p>
      </Show>
    </div>
  );
}
