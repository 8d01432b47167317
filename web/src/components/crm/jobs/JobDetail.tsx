import { createMemo, createSignal, For, Show } from 'solid-js';
import { createJobCategories } from './categories';
import { scheduleText } from './dates';
import JobFiles from './JobFiles';
import JobFormDialog from './JobFormDialog';
import JobHours from './JobHours';
import JobMaterials from './JobMaterials';
import JobNotes from './JobNotes';
import JobStatusActions from './JobStatusActions';
import JobStatusBadge from './JobStatusBadge';
import { createMembers } from './members';
import ConfirmDelete from '../ConfirmDelete';
import CustomerLink from '../CustomerLink';
import { equipmentTitle } from '../customers/EquipmentCard';
import { createNotice, Notice } from '../Notice';
import RecordFrame from '../RecordFrame';
import { api } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import { tradeLabel, type Workspace } from '../../../lib/types';
import type { Equipment } from '../../../lib/types/customers';
import { JOB_STATUS_LABELS, type Job } from '../../../lib/types/jobs';

/** One job: status and the next steps, schedule, kind of work and crew, hours, notes, materials and photos. */
export default function JobDetail(props: { workspace: Workspace; jobId: string }) {
  const path = `/jobs/${encodeURIComponent(props.jobId)}`;
  const job = createLoader(
    () => props.jobId,
    (_id, signal) => api<Job>(path, { signal }),
  );
  const categories = createJobCategories();
  // The unit's name lives with the customer's equipment; fetched again only when the unit changes.
  const unitRef = createMemo(() => {
    const current = job.data();
    return current?.equipmentId ? `${current.customer.id}/${current.equipmentId}` : false;
  });
  const unit = createLoader(unitRef, async (ref, signal): Promise<Equipment | undefined> => {
    const [customerId, equipmentId] = ref.split('/');
    return (await api<{ data: Equipment[] }>(`/customers/${encodeURIComponent(customerId!)}/equipment`, { signal })).data.find((item) => item.id === equipmentId);
  });
  const [editing, setEditing] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  const notice = createNotice();
  const staff = () => props.workspace.role !== 'tech';
  const manager = () => props.workspace.role === 'owner' || props.workspace.role === 'admin';
  // Only staff edit the crew; a tech never needs the member list.
  const members = staff() ? createMembers(props.workspace.company.id) : undefined;

  const changed = (next: Job) => {
    job.mutate(next);
    notice.show(`Job is now ${JOB_STATUS_LABELS[next.status].toLowerCase()}.`);
  };
  const remove = async () => {
    await api<void>(path, { method: 'DELETE' });
    window.location.assign('/crm/jobs/');
  };

  return (
    <div data-testid="job-detail">
      <RecordFrame back={{ href: '/crm/jobs/', label: 'All jobs' }} record={job} testPrefix="job-detail" loadingLabel="Loading job…" skeleton="heading">
        {(current) => (
          <>
            <div class="mt-3 flex flex-wrap items-start justify-between gap-4">
              <div class="min-w-0">
                <div class="flex flex-wrap items-center gap-3">
                  <h1 class="text-2xl font-bold tracking-tight break-words text-slate-900" data-testid="job-detail-title">
                    {current().title}
                  </h1>
                  <JobStatusBadge status={current().status} />
                </div>
                <p class="mt-1 text-sm text-slate-600">
                  <CustomerLink customer={current().customer} testId="job-customer" />
                  <Show when={current().address}> · {current().address}</Show>
                </p>
              </div>
              <div class="flex flex-wrap gap-2">
                <Show when={staff()}>
                  <button type="button" class="btn-secondary" onClick={() => setEditing(true)} data-testid="job-edit">
                    Edit job
                  </button>
                </Show>
                <Show when={manager()}>
                  <button type="button" class="btn-ghost text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setDeleting(true)} data-testid="job-delete">
                    Delete
                  </button>
                </Show>
              </div>
            </div>

            <div class="mt-4">
              <JobStatusActions job={current()} role={props.workspace.role} onChanged={changed} />
            </div>

            {/* One grid so a phone reads details, hours and notes before materials and photos. */}
            <div class="mt-6 grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                <section class="card lg:col-start-1 lg:row-start-1" aria-labelledby="job-info-heading" data-testid="job-info">
                  <h2 id="job-info-heading" class="border-b border-slate-200 px-5 py-3 text-base font-semibold text-slate-900">
                    Details
                  </h2>
                  <dl class="grid gap-x-6 gap-y-3 px-5 py-4 text-sm sm:grid-cols-2">
                    <div>
                      <dt class="text-slate-500">Scheduled</dt>
                      <dd class="text-slate-900" data-testid="job-schedule">{scheduleText(current().scheduledStart, current().scheduledEnd)}</dd>
                    </div>
                    <div>
                      <dt class="text-slate-500">Crew</dt>
                      <dd class="text-slate-900" data-testid="job-crew-list">
                        <Show when={current().assignees.length > 0} fallback={<span class="text-amber-700">Nobody assigned yet</span>}>
                          <ul>
                            <For each={current().assignees}>{(person) => <li class="break-all">{person.email}</li>}</For>
                          </ul>
                        </Show>
                      </dd>
                    </div>
                    <div>
                      <dt class="text-slate-500">Trade</dt>
                      <dd class="text-slate-900">{tradeLabel(current().trade)}</dd>
                    </div>
                    <div>
                      <dt class="text-slate-500">Kind of work</dt>
                      <dd class="text-slate-900" data-testid="job-category">
                        {current().jobCategory ? categories.label(current().trade, current().jobCategory!) : <span class="text-slate-500">Not set</span>}
                      </dd>
                    </div>
                    <Show when={current().equipmentId}>
                      <div>
                        <dt class="text-slate-500">Unit serviced</dt>
                        <dd class="text-slate-900" data-testid="job-unit">
                          <Show when={unit.data()} fallback={unit.loading() ? 'Loading…' : 'A unit on file'}>
                            {(item) => <>{[equipmentTitle(item()), item().model].filter(Boolean).join(' · ')}</>}
                          </Show>
                        </dd>
                      </div>
                      <div>
                        <dt class="text-slate-500">What failed</dt>
                        <dd class="break-words text-slate-900" data-testid="job-failure">
                          <Show when={current().failureMode} fallback={<span class="text-slate-500">Not recorded</span>}>
                            {current().failureMode}
                          </Show>
                        </dd>
                      </div>
                    </Show>
                    <div>
                      <dt class="text-slate-500">Progress</dt>
                      <dd class="text-slate-900">
                        <Show when={current().startedAt} fallback="Not started">
                          Started {formatDateTime(current().startedAt)}
                        </Show>
                        <Show when={current().completedAt}>
                          <br />
                          Completed {formatDateTime(current().completedAt)}
                        </Show>
                        <Show when={current().cancelledAt}>
                          <br />
                          Cancelled {formatDateTime(current().cancelledAt)}
                        </Show>
                      </dd>
                    </div>
                    <Show when={current().description}>
                      <div class="sm:col-span-2">
                        <dt class="text-slate-500">Description</dt>
                        <dd class="break-words whitespace-pre-line text-slate-900">{current().description}</dd>
                      </div>
                    </Show>
                  </dl>
                </section>
                <div class="lg:col-start-2 lg:row-start-1">
                  <JobHours job={current()} />
                </div>
                <div class="lg:col-start-2 lg:row-span-2 lg:row-start-2">
                  <JobNotes jobId={current().id} notes={current().notes} onAdded={() => void job.reload()} />
                </div>
                <div class="lg:col-start-1 lg:row-start-2">
                  <JobMaterials jobId={current().id} materials={current().materials} totalCents={current().materialsTotalCents} staff={staff()} onChanged={() => void job.reload()} />
                </div>
                <div class="lg:col-start-1 lg:row-start-3">
                  <JobFiles jobId={current().id} files={current().files} staff={staff()} onChanged={() => void job.reload()} />
                </div>
            </div>
          </>
        )}
      </RecordFrame>

      <JobFormDialog
        mode={editing() && job.data() ? { kind: 'edit', job: job.data()! } : undefined}
        trades={props.workspace.company.trades}
        people={members?.people() ?? []}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          job.mutate(saved);
          notice.show('Job saved.');
        }}
      />
      <ConfirmDelete
        subject={deleting() ? job.data()?.title : undefined}
        description="Only for a job booked by mistake: its notes, materials and photos go too. A job with time, expenses or invoices cannot be deleted; cancel it instead."
        onConfirm={remove}
        onClose={() => setDeleting(false)}
        testId="job-delete-dialog"
      />
      <Notice message={notice.message()} />
    </div>
  );
}
