import { createSignal, For, Show } from 'solid-js';
import PortalShell, { type PortalContext } from './PortalShell';
import { PortalHeading } from './portalUi';
import LoadStatus from '../crm/LoadStatus';
import { EmptyState, LoadingRows } from '../crm/ListStates';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { describeFailure, type FieldErrors } from '../../lib/forms';
import { createLoadOnce } from '../../lib/loader';
import { customerPath } from '../../lib/portal';
import type { PortalThread, ThreadSummary } from '../../lib/portalTypes';

export const MAX_SUBJECT = 200;
export const MAX_BODY = 5000;

/** `/portal/messages/`: conversations with the contractor, and starting a new one. */
export default function MessagesPage() {
  return <PortalShell section="messages">{(context) => <Messages context={context} />}</PortalShell>;
}

function Messages(props: { context: PortalContext }) {
  const threads = createLoadOnce((signal) => api<ThreadSummary[]>(customerPath(props.context.customerId, '/threads'), { signal }));
  const suggested = new URLSearchParams(window.location.search).get('subject') ?? '';
  const [composing, setComposing] = createSignal(Boolean(suggested));
  const company = () => props.context.relationship.company.name;
  const threadHref = (id: string) => props.context.href('/portal/messages/view/', { id });

  return (
    <div data-testid="portal-messages">
      <PortalHeading id="messages-heading" title="Messages" description={`Your conversations with ${company()}. Their replies show up here.`}>
        <Show when={!composing()}>
          <button type="button" class="btn-primary" onClick={() => setComposing(true)} data-testid="message-new">
            New message
          </button>
        </Show>
      </PortalHeading>
      <Show when={composing()}>
        <NewThread
          customerId={props.context.customerId}
          companyName={company()}
          subject={suggested.slice(0, MAX_SUBJECT)}
          onCancel={() => setComposing(false)}
          onCreated={(thread) => window.location.assign(threadHref(thread.id))}
        />
      </Show>
      <LoadStatus loader={threads} errorTestId="messages-error">
        <LoadingRows label="Loading your messages…" testId="messages-loading" rows={3} />
      </LoadStatus>
      <Show when={threads.data()?.length === 0 && !composing()}>
        <EmptyState
          title="No messages yet"
          testId="messages-empty"
          action={
            <button type="button" class="btn-primary" onClick={() => setComposing(true)}>
              Write to {company()}
            </button>
          }
        >
          Questions about a visit, a quote or an invoice? Send {company()} a message here.
        </EmptyState>
      </Show>
      <Show when={(threads.data()?.length ?? 0) > 0}>
        <ul class="card divide-y divide-slate-100" data-testid="thread-list">
          <For each={threads.data()}>
            {(thread) => (
              <li>
                <a
                  href={threadHref(thread.id)}
                  class="flex items-start justify-between gap-3 px-5 py-4 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
                  data-testid="thread-row"
                  data-unread={thread.unreadCount}
                >
                  <div class="min-w-0">
                    <p class={`break-words text-slate-900 ${thread.unreadCount > 0 ? 'font-semibold' : 'font-medium'}`}>{thread.subject ?? 'Conversation'}</p>
                    <Show when={thread.lastMessage}>
                      {(last) => (
                        <p class="mt-0.5 line-clamp-2 text-sm break-words text-slate-600" data-testid="thread-preview">
                          <span class="font-medium">{last().sender === 'homeowner' ? 'You' : last().sender === 'system' ? 'Update' : company()}:</span> {last().body}
                        </p>
                      )}
                    </Show>
                  </div>
                  <div class="flex shrink-0 flex-col items-end gap-1">
                    <span class="text-xs text-slate-500">{formatDateTime(thread.lastMessageAt ?? thread.lastMessage?.createdAt)}</span>
                    <Show when={thread.unreadCount > 0}>
                      <span class="rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="thread-unread">
                        {thread.unreadCount} new
                      </span>
                    </Show>
                  </div>
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

function NewThread(props: { customerId: string; companyName: string; subject: string; onCancel: () => void; onCreated: (thread: PortalThread) => void }) {
  const [subject, setSubject] = createSignal(props.subject);
  const [body, setBody] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal('');
  const [sending, setSending] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (sending()) return;
    const found: FieldErrors = {};
    if (!subject().trim()) found.subject = 'Give your message a subject, like “Noise from the furnace”.';
    if (!body().trim()) found.body = 'Write your message.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setFormError('');
    setSending(true);
    try {
      const thread = await api<PortalThread>(`/portal/customers/${encodeURIComponent(props.customerId)}/threads`, {
        method: 'POST',
        body: { subject: subject().trim(), body: body() },
      });
      props.onCreated(thread);
      return;
    } catch (cause) {
      const failure = describeFailure(cause, ['subject', 'body']);
      setErrors(failure.fields);
      setFormError(failure.message);
    }
    setSending(false);
  };

  return (
    <form class="card mb-6 space-y-4 p-5" novalidate onSubmit={(event) => void submit(event)} aria-busy={sending()} aria-labelledby="new-thread-heading" data-testid="message-new-form">
      <h2 id="new-thread-heading" class="text-base font-semibold text-slate-900">
        New message to {props.companyName}
      </h2>
      <div>
        <label for="thread-subject" class="field-label">
          Subject
        </label>
        <input
          id="thread-subject"
          class="field-input h-11 text-base sm:h-10 sm:text-sm"
          maxLength={MAX_SUBJECT}
          value={subject()}
          onInput={(event) => setSubject(event.currentTarget.value)}
          aria-invalid={Boolean(errors().subject)}
          aria-describedby={errors().subject ? 'thread-subject-error' : undefined}
          data-testid="thread-subject"
        />
        <Show when={errors().subject}>
          <p id="thread-subject-error" class="field-error">
            {errors().subject}
          </p>
        </Show>
      </div>
      <div>
        <label for="thread-body" class="field-label">
          Message
        </label>
        <textarea
          id="thread-body"
          class="field-input min-h-28 resize-y text-base sm:text-sm"
          maxLength={MAX_BODY}
          value={body()}
          onInput={(event) => setBody(event.currentTarget.value)}
          aria-invalid={Boolean(errors().body)}
          aria-describedby={errors().body ? 'thread-body-error' : undefined}
          data-testid="thread-body"
        />
        <Show when={errors().body}>
          <p id="thread-body-error" class="field-error">
            {errors().body}
          </p>
        </Show>
      </div>
      <Show when={formError()}>
        <p role="alert" class="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="message-new-error">
          {formError()}
        </p>
      </Show>
      <div class="flex flex-wrap justify-end gap-2">
        <button type="button" class="btn-ghost" onClick={() => props.onCancel()}>
          Cancel
        </button>
        <button type="submit" class="btn-primary" disabled={sending()} data-testid="thread-send">
          {sending() ? 'Sending…' : 'Send message'}
        </button>
      </div>
    </form>
  );
}
