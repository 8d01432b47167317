import { createSignal, Show } from 'solid-js';
import { fromLocalInput, toLocalInput } from '../jobs/dates';
import Dialog from '../Dialog';
import { FormError, TextField } from '../fields';
import { api } from '../../../lib/api';
import { compactErrors, describeFailure, type FieldErrors } from '../../../lib/forms';
import type { TimeEntry } from '../../../lib/types/time';

/**
 * Fix someone's clock-in or clock-out (a forgotten clock-out, a wrong start). A reason is
 * required; it is added to the entry's notes so the person sees why their time changed.
 */
export default function EditEntryDialog(props: { entry: TimeEntry | undefined; onClose: () => void; onSaved: (entry: TimeEntry) => void }) {
  return (
    <Dialog open={Boolean(props.entry)} onClose={props.onClose} title="Fix time entry" description={props.entry ? `${props.entry.email ?? 'Someone'} · ${props.entry.jobTitle ?? 'No job'}` : undefined} testId="time-edit-dialog">
      <Show when={props.entry}>{(entry) => <EditEntryForm entry={entry()} onClose={props.onClose} onSaved={props.onSaved} />}</Show>
    </Dialog>
  );
}

function EditEntryForm(props: { entry: TimeEntry; onClose: () => void; onSaved: (entry: TimeEntry) => void }) {
  const [clockIn, setClockIn] = createSignal(toLocalInput(props.entry.clockIn));
  const [clockOut, setClockOut] = createSignal(toLocalInput(props.entry.clockOut));
  const [reason, setReason] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    const start = fromLocalInput(clockIn());
    const end = fromLocalInput(clockOut());
    const found = compactErrors({
      clockIn: start ? undefined : 'Enter when they clocked in.',
      clockOut: clockOut() && !end ? 'Enter a valid time.' : start && end && end <= start ? 'Clock-out must be after clock-in.' : end && new Date(end).getTime() > Date.now() ? 'Clock-out cannot be in the future.' : undefined,
      reason: reason().trim() ? undefined : 'Say why the entry changes; the person will see it.',
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body: Record<string, string> = {};
    if (toLocalInput(start) !== toLocalInput(props.entry.clockIn)) body.clockIn = start!;
    if (end && toLocalInput(end) !== toLocalInput(props.entry.clockOut)) body.clockOut = end;
    if (Object.keys(body).length === 0) {
      setFormError('Nothing changed: adjust the clock-in or clock-out time.');
      return;
    }
    const stamp = `Corrected ${new Date().toLocaleDateString('en-US', { month: 'short', day: 'numeric' })}: ${reason().trim()}`;
    body.notes = props.entry.notes ? `${props.entry.notes}\n${stamp}` : stamp;
    setSaving(true);
    try {
      props.onSaved(await api<TimeEntry>(`/time/entries/${encodeURIComponent(props.entry.id)}`, { method: 'PATCH', body }));
    } catch (error) {
      const failure = describeFailure(error, ['clockIn', 'clockOut', 'notes']);
      setErrors(failure.fields);
      setFormError(failure.message);
      setSaving(false);
    }
  };

  return (
    <form class="flex min-h-0 flex-1 flex-col" novalidate onSubmit={submit} data-testid="time-edit-form" aria-busy={saving()}>
      <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5">
        <FormError message={formError()} testId="time-edit-error" />
        <TextField id="time-edit-in" label="Clocked in" type="datetime-local" value={clockIn()} onValue={setClockIn} error={errors().clockIn} />
        <TextField
          id="time-edit-out"
          label="Clocked out"
          optional={props.entry.open}
          type="datetime-local"
          value={clockOut()}
          onValue={setClockOut}
          error={errors().clockOut}
          hint={props.entry.open ? 'Still running. Set a time to clock them out.' : undefined}
        />
        <TextField id="time-edit-reason" label="Reason" maxLength={500} placeholder="Forgot to clock out at 4:30" value={reason()} onValue={setReason} error={errors().reason ?? errors().notes} hint="Added to the entry's notes and kept in the audit log." />
      </div>
      <div class="flex justify-end gap-3 border-t border-slate-200 px-6 py-4">
        <button type="button" class="btn-secondary" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid="time-edit-save">
          {saving() ? 'Saving…' : 'Save correction'}
        </button>
      </div>
    </form>
  );
}
