import { For, Show } from 'solid-js';
import PortalShell, { type PortalContext } from './PortalShell';
import { JobBadge, PortalHeading } from './portalUi';
import LoadStatus from '../crm/LoadStatus';
import { EmptyState, LoadingRows } from '../crm/ListStates';
import { api } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { createLoadOnce } from '../../lib/loader';
import { customerPath } from '../../lib/portal';
import { tradeLabel } from '../../lib/types';
import type { PortalJob } from '../../lib/portalTypes';

/** When a job happened (or will), in one line. */
function when(job: PortalJob): string {
  if (job.completedAt) return `Completed ${formatDate(job.completedAt)}`;
  if (job.startedAt) return `Started ${formatDateTime(job.startedAt)}`;
  if (job.scheduledStart) return `Scheduled for ${formatDateTime(job.scheduledStart)}`;
  return 'Not scheduled yet';
}

/** `/portal/history/`: every visit, with the notes the contractor shared. */
export default function HistoryPage() {
  return <PortalShell section="history">{(context) => <History context={context} />}</PortalShell>;
}

function History(props: { context: PortalContext }) {
  const jobs = createLoadOnce((signal) => api<PortalJob[]>(customerPath(props.context.customerId, '/jobs'), { signal }));
  return (
    <div data-testid="portal-history">
      <PortalHeading id="history-heading" title="Service history" description={`Every visit ${props.context.relationship.company.name} has made or has planned, with the notes they shared with you.`} />
      <LoadStatus loader={jobs} errorTestId="history-error">
        <LoadingRows label="Loading your service history…" testId="history-loading" rows={3} />
      </LoadStatus>
      <Show when={jobs.data()?.length === 0}>
        <EmptyState title="No visits yet" testId="history-empty">
          Visits appear here once {props.context.relationship.company.name} schedules work at your home.
        </EmptyState>
      </Show>
      <ol class="space-y-4">
        <For each={jobs.data()}>
          {(job) => (
            <li class="card p-5" data-testid="history-job">
              <div class="flex flex-wrap items-start justify-between gap-3">
                <div class="min-w-0">
                  <h2 class="text-base font-semibold text-slate-900">{job.title}</h2>
                  <p class="text-sm text-slate-600">
                    {when(job)}
                    {job.trade ? ` · ${tradeLabel(job.trade)}` : ''}
                  </p>
                  <Show when={job.address}>
                    <p class="text-xs text-slate-500">{job.address}</p>
                  </Show>
                </div>
                <JobBadge status={job.status} />
              </div>
              <Show when={job.equipment}>
                {(equipment) => (
                  <p class="mt-2 text-sm">
                    <span class="text-slate-600">Equipment: </span>
                    <a class="link" href={props.context.href('/portal/equipment/view/', { id: equipment().id })}>
                      {equipment().kind}
                    </a>
                  </p>
                )}
              </Show>
              <Show when={job.notes.length > 0}>
                <div class="mt-3 space-y-2 border-t border-slate-100 pt-3">
                  <h3 class="text-xs font-semibold tracking-wide text-slate-600 uppercase">Notes from {props.context.relationship.company.name}</h3>
                  <For each={job.notes}>
                    {(note) => (
                      <div class="rounded-lg bg-slate-50 px-3 py-2 text-sm" data-testid="history-note">
                        <p class="whitespace-pre-line break-words text-slate-800">{note.body}</p>
                        <p class="mt-1 text-xs text-slate-500">{formatDateTime(note.createdAt)}</p>
                      </div>
                    )}
                  </For>
                </div>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}
