import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { FormError } from '../fields';
import { ErrorBanner } from '../Notice';
import { api, errorMessage } from '../../../lib/api';
import { formatDuration } from '../../../lib/format';
import { createLoader, createLoadOnce } from '../../../lib/loader';
import { jobHref } from '../../../lib/navigation';
import type { Paged } from '../../../lib/types';
import type { JobSummary } from '../../../lib/types/jobs';
import type { TimeEntry } from '../../../lib/types/time';

/**
 * The big clock-in / clock-out button. Clocked out: pick a job (optional) and start. Clocked
 * in: a live timer, the job, and the button to stop. `onChange` tells the page to refresh totals;
 * a new `version` (an entry fixed by the office) reloads the clock.
 */
export default function ClockCard(props: { version: number; onChange: () => void }) {
  const current = createLoader(
    () => props.version,
    (_on, signal) => api<TimeEntry | null>('/time/current', { signal }),
  );
  const openJobs = createLoadOnce((signal) => api<Paged<JobSummary>>('/jobs', { query: { status: 'scheduled,in_progress', pageSize: 100 }, signal }));
  const [jobId, setJobId] = createSignal(new URLSearchParams(window.location.search).get('jobId') ?? '');
  const [notes, setNotes] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [now, setNow] = createSignal(Date.now());
  onMount(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    onCleanup(() => clearInterval(timer));
  });

  const running = () => current.data() ?? undefined;
  const elapsed = () => {
    const entry = running();
    return entry ? now() - new Date(entry.clockIn).getTime() : 0;
  };

  const clock = async (direction: 'in' | 'out') => {
    if (busy()) return;
    setBusy(true);
    setError('');
    try {
      const body = direction === 'in' ? { jobId: jobId() || null, notes: notes().trim() || null } : { notes: notes().trim() || null };
      const entry = await api<TimeEntry>(`/time/clock-${direction}`, { method: 'POST', body });
      current.mutate(direction === 'in' ? entry : null);
      setNow(Date.now());
      setNotes('');
      props.onChange();
    } catch (cause) {
      setError(errorMessage(cause));
      // Clocked in or out elsewhere (another tab, the phone): show the truth.
      void current.reload();
    }
    setBusy(false);
  };

  return (
    <section class="card p-6" aria-labelledby="clock-heading" data-testid="time-clock">
      <h2 id="clock-heading" class="sr-only">
        Time clock
      </h2>
      <Show when={current.error() && current.data() === undefined}>
        <ErrorBanner message={current.error()} onRetry={() => void current.reload()} testId="time-clock-error" />
      </Show>
      <Show when={current.data() === undefined && current.loading()}>
        <div class="h-32 animate-pulse rounded-lg bg-slate-100" aria-busy="true">
          <span class="sr-only">Checking whether you are clocked in…</span>
        </div>
      </Show>
      <Show when={current.data() !== undefined}>
        <div class="flex flex-col items-center gap-5 text-center">
          <Show
            when={running()}
            fallback={
              <>
                <p class="text-sm font-medium text-slate-500" data-testid="time-status">
                  You are clocked out
                </p>
                <div class="w-full max-w-md text-left">
                  <label for="clock-job" class="field-label">
                    Job <span class="font-normal text-slate-500">(optional)</span>
                  </label>
                  <select id="clock-job" class="field-input h-11" value={jobId()} onChange={(event) => setJobId(event.currentTarget.value)} disabled={busy()} data-testid="time-job">
                    <option value="">No job (shop time, travel, training)</option>
                    <For each={openJobs.data()?.data ?? []}>
                      {(job) => (
                        <option value={job.id} selected={job.id === jobId()}>
                          {job.title} · {job.customer.name}
                        </option>
                      )}
                    </For>
                  </select>
                  <Show when={openJobs.error()}>
                    <p class="mt-1 text-xs text-red-600">Your jobs could not be loaded ({openJobs.error()}); you can still clock in without one.</p>
                  </Show>
                </div>
              </>
            }
          >
            {(entry) => (
              <>
                <p class="flex items-center gap-2 text-sm font-medium text-emerald-700" data-testid="time-status">
                  <span class="size-2.5 animate-pulse rounded-full bg-emerald-500" aria-hidden="true" />
                  On the clock since {new Date(entry().clockIn).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })}
                </p>
                <p class="font-mono text-5xl font-semibold tracking-tight text-slate-900 tabular-nums sm:text-6xl" data-testid="time-running" role="timer" aria-live="off">
                  {formatDuration(elapsed())}
                </p>
                <p class="text-sm text-slate-600" data-testid="time-running-job">
                  <Show when={entry().jobId} fallback="No job">
                    {(id) => (
                      <a class="link" href={jobHref(id())}>
                        {entry().jobTitle ?? 'Job'}
                      </a>
                    )}
                  </Show>
                </p>
              </>
            )}
          </Show>
          <div class="w-full max-w-md text-left">
            <label for="clock-notes" class="field-label">
              Note <span class="font-normal text-slate-500">(optional)</span>
            </label>
            <input id="clock-notes" class="field-input h-11" maxLength={2000} placeholder={running() ? 'What got done' : 'Where you are headed'} value={notes()} onInput={(event) => setNotes(event.currentTarget.value)} disabled={busy()} data-testid="time-notes" />
          </div>
          <button
            type="button"
            class={`flex size-40 flex-col items-center justify-center rounded-full text-xl font-semibold text-white shadow-lg transition focus-visible:outline-4 focus-visible:outline-offset-4 disabled:opacity-60 ${
              running() ? 'bg-red-600 hover:bg-red-700 focus-visible:outline-red-600' : 'bg-emerald-700 hover:bg-emerald-800 focus-visible:outline-emerald-700'
            }`}
            disabled={busy()}
            onClick={() => void clock(running() ? 'out' : 'in')}
            data-testid={running() ? 'time-clock-out' : 'time-clock-in'}
          >
            {busy() ? 'Saving…' : running() ? 'Clock out' : 'Clock in'}
          </button>
          <FormError message={error()} testId="time-error" />
        </div>
      </Show>
    </section>
  );
}
