import { Show } from 'solid-js';
import Dialog from '../Dialog';
import DialogForm from '../DialogForm';
import { TextField } from '../fields';
import { fromLocalInput, toLocalInput } from '../jobs/dates';
import { api } from '../../../lib/api';
import { createFormState } from '../../../lib/formState';
import type { TimeEntry } from '../../../lib/types/time';

const FIELDS = ['clockIn', 'clockOut', 'reason'] as const;

/**
 * Fix someone's clock-in or clock-out (a forgotten clock-out, a wrong start). A reason is
 * required; it goes with the change into the audit log, and the entry's notes stay the person's own.
 */
export default function EditEntryDialog(props: { entry: TimeEntry | undefined; onClose: () => void; onSaved: (entry: TimeEntry) => void }) {
  return (
    <Dialog open={Boolean(props.entry)} onClose={props.onClose} title="Fix time entry" description={props.entry ? `${props.entry.email ?? 'Someone'} · ${props.entry.jobTitle ?? 'No job'}` : undefined} testId="time-edit-dialog">
      <Show when={props.entry}>{(entry) => <EditEntryForm entry={entry()} onClose={props.onClose} onSaved={props.onSaved} />}</Show>
    </Dialog>
  );
}

function EditEntryForm(props: { entry: TimeEntry; onClose: () => void; onSaved: (entry: TimeEntry) => void }) {
  const form = createFormState({ clockIn: toLocalInput(props.entry.clockIn), clockOut: toLocalInput(props.entry.clockOut), reason: '' });

  const submit = form.onSubmit(async () => {
    const values = form.values();
    const start = fromLocalInput(values.clockIn);
    const end = fromLocalInput(values.clockOut);
    const valid = form.check({
      clockIn: start ? undefined : 'Enter when they clocked in.',
      clockOut: values.clockOut && !end ? 'Enter a valid time.' : start && end && end <= start ? 'Clock-out must be after clock-in.' : end && new Date(end).getTime() > Date.now() ? 'Clock-out cannot be in the future.' : undefined,
      reason: values.reason.trim() ? undefined : 'Say why the entry changes; it is kept with the change.',
    });
    if (!valid) return;
    const body: { clockIn?: string; clockOut?: string; reason: string } = { reason: values.reason.trim() };
    if (toLocalInput(start) !== toLocalInput(props.entry.clockIn)) body.clockIn = start!;
    if (end && toLocalInput(end) !== toLocalInput(props.entry.clockOut)) body.clockOut = end;
    if (!body.clockIn && !body.clockOut) {
      form.setFormError('Nothing changed: adjust the clock-in or clock-out time.');
      return;
    }
    const saved = await form.save(() => api<TimeEntry>(`/time/entries/${encodeURIComponent(props.entry.id)}`, { method: 'PATCH', body }), FIELDS);
    if (saved) props.onSaved(saved);
  });

  return (
    <DialogForm
      testId="time-edit-form"
      errorTestId="time-edit-error"
      form={form}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel="Save correction"
      saveTestId="time-edit-save"
    >
      <TextField id="time-edit-in" label="Clocked in" type="datetime-local" {...form.field('clockIn')} />
      <TextField
        id="time-edit-out"
        label="Clocked out"
        optional={props.entry.open}
        type="datetime-local"
        hint={props.entry.open ? 'Still running. Set a time to clock them out.' : undefined}
        {...form.field('clockOut')}
      />
      <TextField id="time-edit-reason" label="Reason" maxLength={500} placeholder="Forgot to clock out at 4:30" hint="Kept in the audit log with the times before and after." {...form.field('reason')} />
    </DialogForm>
  );
}
