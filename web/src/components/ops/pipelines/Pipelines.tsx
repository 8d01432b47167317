import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import RunsTable from './RunsTable';
import Panel from '../Panel';
import RunBadge from '../RunBadge';
import { LoadingRows } from '../../crm/ListStates';
import LoadStatus from '../../crm/LoadStatus';
import PageHeader from '../../crm/PageHeader';
import { createNotice, ErrorBanner, Notice } from '../../crm/Notice';
import { errorMessage } from '../../../lib/api';
import { createLoadOnce } from '../../../lib/loader';
import { loadPipelines, runPipelineNow, type PipelineTask } from '../../../lib/ops';
import { describeCron, formatAgo } from '../../../lib/opsFormat';
import { formatDateTime, humanize } from '../../../lib/format';

const POLL_MS = 1500;
/** How long to wait for a queued run to show up in the log before saying so. */
const QUEUE_PATIENCE_MS = 60_000;

/** The scheduled jobs: when they run, how their last run went, run one now, and the run log with details. */
export default function Pipelines() {
  const pipelines = createLoadOnce((signal) => loadPipelines({ signal }));
  const notice = createNotice();
  /** Tasks queued from here and not yet in the run log: task → its job id (the run's id once a worker has it), and when. */
  const [queued, setQueued] = createSignal<Record<string, { jobId: string; at: number }>>({});
  const [failures, setFailures] = createSignal<Record<string, string>>({});
  const [fresh, setFresh] = createSignal<string[]>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  /** Keeps reloading while something queued here has not appeared or a run is still going. */
  const follow = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      await pipelines.reload();
      const data = pipelines.data();
      if (!data) return;
      const waiting = { ...queued() };
      for (const [task, entry] of Object.entries(waiting)) {
        const appeared = data.runs.find((run) => run.id === entry.jobId && run.status !== 'queued');
        if (appeared) {
          delete waiting[task];
          setFresh((ids) => [...ids, appeared.id]);
          notice.show(`${humanize(task)} started.`);
        } else if (Date.now() - entry.at > QUEUE_PATIENCE_MS) {
          delete waiting[task];
          setFailures((all) => ({ ...all, [task]: 'Queued, but no worker has picked it up yet. Is the job worker running?' }));
        }
      }
      setQueued(waiting);
      if (Object.keys(waiting).length > 0 || data.runs.some((run) => run.status === 'running' || run.status === 'queued')) follow();
    }, POLL_MS);
  };

  // Runs still going when the page opens are followed until they end.
  createEffect(on(pipelines.data, (data, previous) => {
    if (!previous && data?.runs.some((run) => run.status === 'running' || run.status === 'queued')) follow();
  }));

  const runNow = async (task: PipelineTask) => {
    setFailures(({ [task.name]: _gone, ...rest }) => rest);
    try {
      const { jobId } = await runPipelineNow(task.name);
      setQueued((all) => ({ ...all, [task.name]: { jobId, at: Date.now() } }));
      follow();
    } catch (cause) {
      setFailures((all) => ({ ...all, [task.name]: errorMessage(cause) }));
    }
  };

  return (
    <section aria-labelledby="pipelines-heading" data-testid="ops-pipelines">
      <PageHeader id="pipelines-heading" title="Pipelines" description="The nightly and weekly jobs that compute patterns, tidy memory and keep the platform clean. Times are UTC.">
        <button type="button" class="btn-secondary" onClick={() => void pipelines.reload()} disabled={pipelines.loading()} data-testid="pipelines-refresh">
          {pipelines.loading() && pipelines.data() ? 'Refreshing…' : 'Refresh'}
        </button>
      </PageHeader>
      <div class="mt-6">
        <LoadStatus loader={pipelines} errorTestId="pipelines-error" errorClass="mb-4" quietWithData>
          <LoadingRows label="Loading the pipelines…" testId="pipelines-loading" rows={6} />
        </LoadStatus>
      </div>
      <Show when={pipelines.data()}>
        {(data) => (
          <div class="space-y-6">
            <Panel id="tasks-heading" title="Scheduled tasks" testId="tasks-panel">
              <div class="relative -mx-5 overflow-x-auto">
                <table class="min-w-full text-sm" data-testid="tasks-table">
                  <caption class="sr-only">Scheduled tasks, their schedules and last runs</caption>
                  <thead class="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                    <tr>
                      <th scope="col" class="px-5 py-2">Task</th>
                      <th scope="col" class="px-3 py-2">Schedule</th>
                      <th scope="col" class="px-3 py-2">Last run</th>
                      <th scope="col" class="px-5 py-2 text-right">
                        <span class="sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody class="divide-y divide-slate-100">
                    <For each={data().tasks}>
                      {(task) => (
                        <tr data-testid="task-row" data-task={task.name}>
                          <td class="px-5 py-3 align-top">
                            <p class="font-medium text-slate-900">{humanize(task.name)}</p>
                            <p class="mt-0.5 max-w-md text-xs text-slate-500">{task.summary}</p>
                          </td>
                          <td class="px-3 py-3 align-top whitespace-nowrap">
                            <p class="text-slate-800">{describeCron(task.cron)}</p>
                            <p class="mt-0.5 flex items-center gap-2 text-xs">
                              <code class="rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">{task.cron}</code>
                              <Show when={!task.scheduled}>
                                <span class="font-medium text-amber-700" data-testid="task-unscheduled" title="The job queue has no schedule for this task: it runs only when started by hand.">
                                  not scheduled
                                </span>
                              </Show>
                            </p>
                          </td>
                          <td class="px-3 py-3 align-top whitespace-nowrap">
                            <Show when={task.lastRun} fallback={<span class="text-slate-500">Never</span>}>
                              {(run) => (
                                <span class="flex items-center gap-2">
                                  <RunBadge status={run().status} testId="task-last-status" />
                                  <time class="text-xs text-slate-600" datetime={run().startedAt ?? undefined} title={formatDateTime(run().startedAt)}>
                                    {formatAgo(run().startedAt)}
                                  </time>
                                </span>
                              )}
                            </Show>
                          </td>
                          <td class="px-5 py-3 text-right align-top">
                            <button
                              type="button"
                              class="btn-secondary py-1.5 whitespace-nowrap"
                              onClick={() => void runNow(task)}
                              disabled={Boolean(queued()[task.name]) || task.lastRun?.status === 'running' || task.lastRun?.status === 'queued'}
                              data-testid="task-run-now"
                            >
                              {queued()[task.name] || task.lastRun?.status === 'queued' ? 'Queued…' : task.lastRun?.status === 'running' ? 'Running…' : 'Run now'}
                            </button>
                            <Show when={failures()[task.name]}>
                              <div class="mt-2 max-w-xs text-left">
                                <ErrorBanner message={failures()[task.name]!} testId="task-run-error" />
                              </div>
                            </Show>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Panel>
            <Panel id="runs-heading" title="Recent runs" description="The run log, newest first; open a run for its details." testId="runs-panel">
              <RunsTable runs={data().runs} highlight={fresh()} />
            </Panel>
          </div>
        )}
      </Show>
      <Notice message={notice.message()} />
    </section>
  );
}
