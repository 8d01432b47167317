import { createSignal, Show } from 'solid-js';
import { BODY_MAX, SUBJECT_MAX, type ThreadDetail } from './types';
import CustomerPicker, { type CustomerChoice } from '../CustomerPicker';
import Dialog from '../Dialog';
import DialogForm from '../DialogForm';
import { TextAreaField, TextField } from '../fields';
import { api } from '../../../lib/api';
import { checkName } from '../../../lib/forms';
import { createFormState } from '../../../lib/formState';

const FIELDS = ['customerId', 'subject', 'body'] as const;

interface NewThreadDialogProps {
  open: boolean;
  /** The customer to write to (from their page); without one the form asks. */
  customer?: CustomerChoice;
  onClose: () => void;
  onCreated: (thread: ThreadDetail) => void;
}

/** Starts a conversation with a customer: a subject and the first message. */
export default function NewThreadDialog(props: NewThreadDialogProps) {
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={props.customer ? `Message ${props.customer.name}` : 'New message'}
      description="They read it and answer in their client portal; the conversation stays in Messages."
      testId="thread-dialog"
    >
      <NewThreadForm {...props} />
    </Dialog>
  );
}

function NewThreadForm(props: NewThreadDialogProps) {
  const form = createFormState({ subject: '', body: '' });
  const [customer, setCustomer] = createSignal<CustomerChoice | undefined>(props.customer);

  const submit = form.onSubmit(async () => {
    const values = form.values();
    const chosen = customer();
    const valid = form.check({
      customerId: chosen ? undefined : 'Pick the customer to write to.',
      subject: checkName(values.subject, 'Subject', SUBJECT_MAX),
      body: values.body.trim() ? undefined : 'Write the message.',
    });
    if (!valid || !chosen) return;
    const thread = await form.save(
      () => api<ThreadDetail>('/messages/threads', { method: 'POST', body: { customerId: chosen.id, subject: values.subject.trim(), body: values.body.trim() } }),
      FIELDS,
    );
    if (thread) props.onCreated(thread);
  });

  return (
    <DialogForm testId="thread-form" form={form} onSubmit={submit} onCancel={props.onClose} submitLabel="Send message" busyLabel="Sending…" saveTestId="thread-send" cancelTestId="thread-cancel">
      <Show when={!props.customer}>
        <CustomerPicker id="thread-customer" value={customer()} onChange={setCustomer} error={form.errors().customerId} disabled={form.saving()} />
      </Show>
      <TextField id="thread-subject" label="Subject" maxLength={SUBJECT_MAX} autocomplete="off" placeholder="Scheduling your panel upgrade" {...form.field('subject')} />
      <TextAreaField id="thread-body" label="Message" rows={6} maxLength={BODY_MAX} hint="Plain text." {...form.field('body')} />
    </DialogForm>
  );
}
