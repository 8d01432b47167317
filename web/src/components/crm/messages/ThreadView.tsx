import { batch, createEffect, For, on, Show } from 'solid-js';
import ReplyBox from './ReplyBox';
import { subjectOf, type ThreadDetail, type ThreadMessage } from './types';
import { messageWhen } from './when';
import CustomerLink from '../CustomerLink';
import { LoadingRows } from '../ListStates';
import LoadStatus from '../LoadStatus';
import { onPageReturn } from '../pageReturn';
import { api } from '../../../lib/api';
import { createLoader } from '../../../lib/loader';
import { jobHref } from '../../../lib/navigation';

interface ThreadViewProps {
  threadId: string;
  /** What the list says is unread, in case the thread's own messages do not show it. */
  unreadCount: number;
  onBack: () => void;
  onRead: (threadId: string) => void;
  onSent: (threadId: string, message: ThreadMessage) => void;
}

const unreadFromCustomer = (thread: ThreadDetail) => thread.messages.some((message) => message.sender === 'homeowner' && !message.readAt);

/** One message. Its body is text (what the sender typed, tags and all), never markup. */
function MessageBubble(props: { message: ThreadMessage }) {
  const ours = () => props.message.sender === 'contractor';
  return (
    <Show
      when={props.message.sender !== 'system'}
      fallback={
        <li class="px-2 text-center text-xs whitespace-pre-wrap text-slate-500" data-testid="message" data-sender="system">
          {props.message.body} · {messageWhen(props.message.createdAt)}
        </li>
      }
    >
      <li class={`flex ${ours() ? 'justify-end' : 'justify-start'}`} data-testid="message" data-sender={props.message.sender}>
        <div class="max-w-[85%]">
          <p class={`text-xs text-slate-500 ${ours() ? 'text-right' : ''}`}>
            <span class="font-medium text-slate-700">{props.message.senderName}</span> · <time datetime={props.message.createdAt}>{messageWhen(props.message.createdAt)}</time>
          </p>
          <div
            class={`mt-1 rounded-2xl px-4 py-2.5 text-sm break-words whitespace-pre-wrap ${ours() ? 'rounded-tr-sm bg-slate-900 text-white' : 'rounded-tl-sm border border-slate-200 bg-white text-slate-900'}`}
            data-testid="message-body"
          >
            {props.message.body}
          </div>
        </div>
      </li>
    </Show>
  );
}

/** A conversation: every message in order, marked read when opened, and the reply box. */
export default function ThreadView(props: ThreadViewProps) {
  const thread = createLoader(
    () => props.threadId,
    (id, signal) => api<ThreadDetail>(`/messages/threads/${encodeURIComponent(id)}`, { signal }),
  );
  // New answers may have come while the person was in another tab; they are marked read as they show.
  onPageReturn(() => void thread.reload());
  // The loader keeps the last thread on screen while the next one loads: show only the one asked for.
  const current = () => {
    const data = thread.data();
    return data && data.id === props.threadId ? data : undefined;
  };

  const markRead = async (opened: ThreadDetail) => {
    try {
      await api<{ marked: number }>(`/messages/threads/${encodeURIComponent(opened.id)}/read`, { method: 'POST', body: {} });
    } catch {
      // Still unread on the server: the count stays, and opening the thread again retries.
      return;
    }
    const readAt = new Date().toISOString();
    const latest = thread.data();
    // Together, so the thread never looks unread again for a moment (which would mark it twice).
    batch(() => {
      if (latest?.id === opened.id) {
        thread.mutate({ ...latest, messages: latest.messages.map((message) => (message.sender === 'homeowner' && !message.readAt ? { ...message, readAt } : message)) });
      }
      props.onRead(opened.id);
    });
  };

  createEffect(
    on(current, (opened) => {
      if (opened && (unreadFromCustomer(opened) || props.unreadCount > 0)) void markRead(opened);
    }),
  );

  const appendSent = (message: ThreadMessage) => {
    const latest = thread.data();
    if (latest?.id === props.threadId) thread.mutate({ ...latest, messages: [...latest.messages, message] });
    props.onSent(props.threadId, message);
  };

  return (
    <section class="card flex flex-col" aria-labelledby="thread-heading" data-testid="thread-view">
      <div class="flex items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
        <div class="min-w-0">
          <button type="button" class="mb-1 text-sm font-medium text-slate-600 hover:text-slate-900 lg:hidden" onClick={() => props.onBack()} data-testid="thread-back">
            ← All conversations
          </button>
          <h2 id="thread-heading" class="text-lg font-semibold break-words text-slate-900" data-testid="thread-subject-heading">
            {subjectOf(current() ?? { subject: 'Conversation' })}
          </h2>
          <Show when={current()}>
            {(opened) => (
              <p class="mt-0.5 text-sm text-slate-600">
                With <CustomerLink customer={opened().customer} testId="thread-customer" />
                <Show when={opened().jobId}>
                  {(jobId) => (
                    <>
                      {' · '}
                      <a class="link" href={jobHref(jobId())} data-testid="thread-job">
                        About a job
                      </a>
                    </>
                  )}
                </Show>
              </p>
            )}
          </Show>
        </div>
      </div>
      <div class="px-5 py-4">
        <LoadStatus loader={thread} errorTestId="thread-error">
          <LoadingRows label="Loading the conversation…" testId="thread-loading" rows={3} />
        </LoadStatus>
        <Show when={thread.loading() && !current() && thread.data()}>
          <LoadingRows label="Loading the conversation…" testId="thread-loading" rows={3} />
        </Show>
        <Show when={current()}>
          {(opened) => (
            <Show when={opened().messages.length > 0} fallback={<p class="py-6 text-center text-sm text-slate-500">No messages in this conversation yet.</p>}>
              <ol class="space-y-4" aria-label="Messages" data-testid="messages-list">
                <For each={opened().messages}>{(message) => <MessageBubble message={message} />}</For>
              </ol>
            </Show>
          )}
        </Show>
      </div>
      <Show when={current()}>
        {(opened) => <ReplyBox threadId={opened().id} customerName={opened().customer.name} onSent={appendSent} />}
      </Show>
    </section>
  );
}
