import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { MAX_BODY } from './MessagesPage';
import PortalShell, { type PortalContext } from './PortalShell';
import { BackLink, PortalHeading } from './portalUi';
import { fetchRecord, RecordLoadStatus, recordIdFromAddress } from './RecordLoadStatus';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { describeFailure } from '../../lib/forms';
import { createLoadOnce } from '../../lib/loader';
import type { PortalMessage, PortalThread } from '../../lib/portalTypes';
import { noteActiveRecord } from '../../lib/zSession';

/** `/portal/messages/view/?id=`: one conversation with the contractor, marked read on opening, and a reply box. */
export default function ThreadPage() {
  return <PortalShell section="messages">{(context) => <Thread context={context} />}</PortalShell>;
}

function Thread(props: { context: PortalContext }) {
  const id = recordIdFromAddress();
  const thread = createLoadOnce((signal) => fetchRecord<PortalThread>(`/portal/threads/${encodeURIComponent(id)}`, signal));

  // Opening the thread reads it: the badge in the navigation follows.
  createEffect(
    on(
      () => thread.data()?.id,
      (threadId) => {
        if (!threadId) return;
        const jobId = thread.data()?.jobId;
        if (jobId) noteActiveRecord('job', jobId);
        if (!thread.data()?.messages.some((message) => message.sender !== 'homeowner' && !message.readAt)) return;
        api(`/portal/threads/${encodeURIComponent(threadId)}/read`, { method: 'POST', body: {} })
          .then(() => props.context.refreshUnread())
          .catch(() => undefined);
      },
    ),
  );

  const append = (message: PortalMessage) => {
    const current = thread.data();
    if (current) thread.mutate({ ...current, messages: [...current.messages, message] });
  };

  return (
    <div data-testid="portal-thread">
      <BackLink href={props.context.href('/portal/messages/')}>All messages</BackLink>
      <RecordLoadStatus loader={thread} noun="conversation" listHref={props.context.href('/portal/messages/')} />
      <Show when={thread.data()}>
        {(current) => (
          <div class="mx-auto max-w-3xl">
            <PortalHeading id="thread-heading" title={current().subject ?? 'Conversation'} description={`With ${current().company.name}`} />
            <ol class="space-y-4" aria-label="Messages" data-testid="thread-messages">
              <For each={current().messages}>{(message) => <MessageBubble message={message} companyName={current().company.name} />}</For>
            </ol>
            <Reply threadId={current().id} companyName={current().company.name} onSent={append} />
          </div>
        )}
      </Show>
    </div>
  );
}

/** One message. The body is plain text: whatever it contains (even `<b>`) shows as typed. */
function MessageBubble(props: { message: PortalMessage; companyName: string }) {
  const mine = () => props.message.sender === 'homeowner';
  const who = () => (mine() ? 'You' : (props.message.senderName || props.companyName));
  return (
    <Show
      when={props.message.sender !== 'system'}
      fallback={
        <li class="text-center text-xs text-slate-500" data-testid="thread-message" data-sender="system">
          <p class="inline-block rounded-full bg-slate-100 px-3 py-1 whitespace-pre-wrap break-words">{props.message.body}</p>
          <p class="mt-1">{formatDateTime(props.message.createdAt)}</p>
        </li>
      }
    >
      <li class={`flex ${mine() ? 'justify-end' : 'justify-start'}`} data-testid="thread-message" data-sender={props.message.sender}>
        <div class={`max-w-[85%] ${mine() ? 'items-end text-right' : ''}`}>
          <p class="mb-1 text-xs text-slate-500">
            <span class="font-medium text-slate-700">{who()}</span> · {formatDateTime(props.message.createdAt)}
          </p>
          <p
            class={`rounded-2xl px-4 py-2.5 text-left text-sm whitespace-pre-wrap break-words ${
              mine() ? 'rounded-br-sm bg-slate-900 text-white' : 'rounded-bl-sm border border-slate-200 bg-white text-slate-900'
            }`}
            data-testid="thread-message-body"
          >
            {props.message.body}
          </p>
        </div>
      </li>
    </Show>
  );
}

function Reply(props: { threadId: string; companyName: string; onSent: (message: PortalMessage) => void }) {
  const [body, setBody] = createSignal('');
  const [error, setError] = createSignal('');
  const [sending, setSending] = createSignal(false);

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    if (sending()) return;
    if (!body().trim()) {
      setError('Write your reply first.');
      return;
    }
    setError('');
    setSending(true);
    try {
      const message = await api<PortalMessage>(`/portal/threads/${encodeURIComponent(props.threadId)}/messages`, { method: 'POST', body: { body: body() } });
      setBody('');
      props.onSent(message);
    } catch (cause) {
      setError(describeFailure(cause, []).message);
    }
    setSending(false);
  };

  return (
    <form class="card mt-6 p-4" novalidate onSubmit={(event) => void send(event)} aria-busy={sending()} data-testid="thread-reply-form">
      <label for="thread-reply" class="field-label">
        Reply to {props.companyName}
      </label>
      <textarea
        id="thread-reply"
        class="field-input min-h-24 resize-y text-base sm:text-sm"
        maxLength={MAX_BODY}
        value={body()}
        onInput={(event) => setBody(event.currentTarget.value)}
        aria-invalid={Boolean(error())}
        aria-describedby={error() ? 'thread-reply-error' : 'thread-reply-count'}
        data-testid="thread-reply"
      />
      <div class="mt-2 flex flex-wrap items-center justify-between gap-3">
        <Show when={error()} fallback={<p id="thread-reply-count" class="text-xs text-slate-500">{body().length.toLocaleString('en-US')} / {MAX_BODY.toLocaleString('en-US')}</p>}>
          <p id="thread-reply-error" role="alert" class="text-sm text-red-700" data-testid="thread-reply-error">
            {error()}
          </p>
        </Show>
        <button type="submit" class="btn-primary" disabled={sending()} data-testid="thread-reply-send">
          {sending() ? 'Sending…' : 'Send'}
        </button>
      </div>
    </form>
  );
}
