import { createSignal, For, Show } from 'solid-js';
import { shortName } from './members';
import { FormError } from '../fields';
import { api, errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import type { JobNote } from '../../../lib/types/jobs';

/** What the crew and the office wrote about the job, newest first, and a box to add one. */
export default function JobNotes(props: { jobId: string; notes: JobNote[]; onAdded: () => void }) {
  const [body, setBody] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal('');
  const newestFirst = () => [...props.notes].reverse();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    if (!body().trim()) return setError('Write something first.');
    setSaving(true);
    setError('');
    try {
      await api<JobNote>(`/jobs/${encodeURIComponent(props.jobId)}/notes`, { method: 'POST', body: { body: body().trim() } });
      setBody('');
      props.onAdded();
    } catch (cause) {
      setError(errorMessage(cause));
    }
    setSaving(false);
  };

  return (
    <section class="card" aria-labelledby="job-notes-heading" data-testid="job-notes">
      <h2 id="job-notes-heading" class="border-b border-slate-200 px-5 py-3 text-base font-semibold text-slate-900">
        Notes
      </h2>
      <form class="space-y-2 border-b border-slate-100 px-5 py-4" onSubmit={submit} novalidate>
        <label for="job-note-body" class="sr-only">
          New note
        </label>
        <textarea
          id="job-note-body"
          class="field-input mt-0 resize-y"
          rows={3}
          maxLength={5000}
          placeholder="What you found, what you did, what is left"
          value={body()}
          onInput={(event) => setBody(event.currentTarget.value)}
          data-testid="job-note-body"
        />
        <FormError message={error()} testId="job-note-error" />
        <div class="flex justify-end">
          <button type="submit" class="btn-primary" disabled={saving()} data-testid="job-note-add">
            {saving() ? 'Adding…' : 'Add note'}
          </button>
        </div>
      </form>
      <Show when={props.notes.length === 0}>
        <p class="px-5 py-4 text-sm text-slate-500" data-testid="job-notes-empty">
          No notes yet.
        </p>
      </Show>
      <ul class="divide-y divide-slate-100">
        <For each={newestFirst()}>
          {(note) => (
            <li class="px-5 py-3" data-testid="job-note">
              <p class="text-sm break-words whitespace-pre-line text-slate-900">{note.body}</p>
              <p class="mt-1 text-xs text-slate-500">
                {shortName(note.author?.email)} · {formatDateTime(note.createdAt)}
              </p>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
