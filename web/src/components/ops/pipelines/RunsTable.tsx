import { createSignal, For, Show } from 'solid-js';
import RunBadge from '../RunBadge';
import type { PipelineRun } from '../../../lib/ops';
import { formatCount, formatElapsed } from '../../../lib/opsFormat';
import { formatDateTime, humanize } from '../../../lib/format';

const COLUMNS = 8;

/** The run log: one row per run, expandable to its details (pretty-printed JSON, as text) and error. */
export default function RunsTable(props: { runs: PipelineRun[]; highlight: string[] }) {
  const [open, setOpen] = createSignal<string[]>([]);
  const toggle = (id: string) => setOpen((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]));
  const count = (value: number | null) => (value == null ? '—' : formatCount(value));

  return (
    <Show when={props.runs.length > 0} fallback={<p class="text-sm text-slate-500">No task has run yet.</p>}>
      <div class="relative -mx-5 overflow-x-auto">
        <table class="min-w-full text-sm" data-testid="runs-table">
          <caption class="sr-only">Recent pipeline runs</caption>
          <thead class="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" class="px-5 py-2">Task</th>
              <th scope="col" class="px-3 py-2">Status</th>
              <th scope="col" class="px-3 py-2">Started</th>
              <th scope="col" class="px-3 py-2 text-right">Took</th>
              <th scope="col" class="px-3 py-2 text-right">Rows read</th>
              <th scope="col" class="px-3 py-2 text-right" title="Patterns written / removed">
                Patterns ±
              </th>
              <th scope="col" class="px-3 py-2 text-right" title="Groups below the privacy threshold">
                Skipped
              </th>
              <th scope="col" class="px-5 py-2">
                <span class="sr-only">Details</span>
              </th>
            </tr>
          </thead>
          <For each={props.runs}>
            {(run) => {
              const expanded = () => open().includes(run.id);
              const detailsId = `run-details-${run.id}`;
              return (
                <tbody class={`border-t border-slate-100 ${props.highlight.includes(run.id) ? 'bg-brand-50/60' : ''}`} data-testid="run-row" data-job={run.job} data-status={run.status}>
                  <tr>
                    <td class="px-5 py-2.5 font-medium whitespace-nowrap text-slate-900">{humanize(run.job)}</td>
                    <td class="px-3 py-2.5 whitespace-nowrap">
                      <RunBadge status={run.status} />
                      <span class="ml-2 text-xs text-slate-500">{run.trigger === 'ops' ? 'by staff' : run.trigger}</span>
                    </td>
                    <td class="px-3 py-2.5 whitespace-nowrap text-slate-700">{run.startedAt ? formatDateTime(run.startedAt) : 'Not yet'}</td>
                    <td class="px-3 py-2.5 text-right whitespace-nowrap text-slate-700 tabular-nums">{run.status === 'running' ? 'running' : formatElapsed(run.startedAt, run.finishedAt)}</td>
                    <td class="px-3 py-2.5 text-right tabular-nums">{count(run.rowsRead)}</td>
                    <td class="px-3 py-2.5 text-right whitespace-nowrap tabular-nums">
                      <Show when={run.patternsUpserted != null || run.patternsRemoved != null} fallback="—">
                        +{count(run.patternsUpserted ?? 0)} / −{count(run.patternsRemoved ?? 0)}
                      </Show>
                    </td>
                    <td class="px-3 py-2.5 text-right tabular-nums">{count(run.groupsSkipped)}</td>
                    <td class="px-5 py-2.5 text-right">
                      <button
                        type="button"
                        class="text-xs font-medium whitespace-nowrap text-brand-700 hover:text-brand-800"
                        aria-expanded={expanded()}
                        aria-controls={detailsId}
                        onClick={() => toggle(run.id)}
                        data-testid="run-toggle"
                      >
                        {expanded() ? 'Hide' : 'Details'}
                        <Show when={run.error && !expanded()}>
                          <span class="ml-1 text-red-600" aria-label="has an error">
                            ●
                          </span>
                        </Show>
                      </button>
                    </td>
                  </tr>
                  <Show when={expanded()}>
                    <tr id={detailsId} data-testid="run-details">
                      <td colSpan={COLUMNS} class="px-5 pb-4">
                        <Show when={run.error}>
                          <p class="mb-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm break-words text-red-700" data-testid="run-error">
                            {run.error}
                          </p>
                        </Show>
                        <p class="text-xs text-slate-500">
                          Run {run.id} · finished {formatDateTime(run.finishedAt)}
                        </p>
                        <pre class="mt-1 max-h-80 overflow-auto rounded-lg bg-slate-900 p-3 text-xs leading-relaxed text-slate-100" data-testid="run-details-json">
                          {JSON.stringify(run.details ?? {}, null, 2)}
                        </pre>
                      </td>
                    </tr>
                  </Show>
                </tbody>
              );
            }}
          </For>
        </table>
      </div>
    </Show>
  );
}
