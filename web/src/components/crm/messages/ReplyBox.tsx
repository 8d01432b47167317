import { Show } from 'solid-js';
import { BODY_MAX, type ThreadMessage } from './types';
import { FormError } from '../fields';
import { api } from '../../../lib/api';
import { createFormState } from '../../../lib/formState';

/** The answer at the bottom of a conversation; Ctrl+Enter (⌘+Enter) sends. */
export default function ReplyBox(props: { threadId: string; customerName: string; onSent: (message: ThreadMessage) => void }) {
  const form = createFormState({ body: '' }, { clearOnInput: true });
  const body = form.field('body');
  const id = 'thread-reply';
  const length = () => form.values().body.length;

  const send = form.onSubmit(async () => {
    const text = form.values().body.trim();
    if (!form.check({ body: text ? undefined : 'Write a message first.' })) return;
    const message = await form.save(
      () => api<ThreadMessage>(`/messages/threads/${encodeURIComponent(props.threadId)}/messages`, { method: 'POST', body: { body: text } }),
      ['body'],
      { serverMessage: true },
    );
    if (!message) return;
    form.set({ body: '' });
    form.setSaving(false);
    props.onSent(message);
  });

  return (
    <form class="border-t border-slate-200 px-5 py-4" novalidate onSubmit={send} aria-busy={form.saving()} data-testid="reply-form">
      <label for={id} class="field-label">
        Reply to {props.customerName}
      </label>
      <textarea
        id={id}
        class="field-input resize-y"
        rows={3}
        maxLength={BODY_MAX}
        value={body.value}
        onInput={(event) => body.onValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
        aria-invalid={Boolean(body.error)}
        aria-describedby={body.error ? `${id}-error` : `${id}-hint`}
        data-testid={id}
      />
      <Show
        when={body.error}
        fallback={
          <p id={`${id}-hint`} class="mt-1 text-xs text-slate-500">
            They see it in their client portal. Plain text{length() > BODY_MAX - 500 ? ` · ${BODY_MAX - length()} characters left` : ''}.
          </p>
        }
      >
        <p id={`${id}-error`} class="field-error" data-testid={`field-error-${id}`}>
          {body.error}
        </p>
      </Show>
      <Show when={form.formError() && !body.error}>
        <div class="mt-3">
          <FormError message={form.formError()} testId="reply-error" />
        </div>
      </Show>
      <div class="mt-3 flex justify-end">
        <button type="submit" class="btn-primary" disabled={form.saving()} data-testid="reply-send">
          {form.saving() ? 'Sending…' : 'Send'}
        </button>
      </div>
    </form>
  );
}
