import { createSignal, For, Show } from 'solid-js';
import { FormError } from '../fields';
import { api, errorMessage } from '../../../lib/api';
import type { Role } from '../../../lib/types';
import { JOB_STATUS_ACTIONS, type Job, type JobStatus } from '../../../lib/types/jobs';

const STYLE: Partial<Record<JobStatus, string>> = {
  in_progress: 'btn-primary',
  completed: 'btn-primary bg-emerald-700 hover:bg-emerald-800 focus-visible:outline-emerald-700',
  cancelled: 'btn-ghost text-red-600 hover:bg-red-50 hover:text-red-700',
};

/**
 * The next steps the status machine allows (scheduled → in progress → completed, or
 * cancelled). Cancelling is for staff; a tech starts and completes their own jobs.
 */
export default function JobStatusActions(props: { job: Job; role: Role; onChanged: (job: Job) => void }) {
  const [busy, setBusy] = createSignal<JobStatus>();
  const [error, setError] = createSignal('');
  const [confirmCancel, setConfirmCancel] = createSignal(false);
  const moves = () => props.job.allowedNextStatuses.filter((status) => status !== 'cancelled' || props.role !== 'tech');

  const move = async (status: JobStatus) => {
    if (status === 'cancelled' && !confirmCancel()) return setConfirmCancel(true);
    setConfirmCancel(false);
    setBusy(status);
    setError('');
    try {
      props.onChanged(await api<Job>(`/jobs/${encodeURIComponent(props.job.id)}/status`, { method: 'POST', body: { status } }));
    } catch (cause) {
      setError(errorMessage(cause));
    }
    setBusy(undefined);
  };

  return (
    <Show when={moves().length > 0}>
      <div class="space-y-2" data-testid="job-status-actions">
        <div class="flex flex-wrap gap-2">
          <For each={moves()}>
            {(status) => (
              <button type="button" class={STYLE[status] ?? 'btn-secondary'} disabled={Boolean(busy())} onClick={() => void move(status)} data-testid={`job-status-${status}`}>
                {busy() === status ? 'Saving…' : JOB_STATUS_ACTIONS[status]}
              </button>
            )}
          </For>
        </div>
        <Show when={confirmCancel()}>
          <div role="alert" class="flex flex-wrap items-center gap-3 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Cancel this job? A cancelled job cannot be reopened.
            <button type="button" class="btn-danger py-1" onClick={() => void move('cancelled')} data-testid="job-cancel-confirm">
              Yes, cancel it
            </button>
            <button type="button" class="btn-ghost py-1" onClick={() => setConfirmCancel(false)}>
              Keep it
            </button>
          </div>
        </Show>
        <FormError message={error()} testId="job-status-error" />
      </div>
    </Show>
  );
}
