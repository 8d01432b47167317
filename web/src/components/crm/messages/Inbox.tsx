import { createEffect, createSignal, Show } from 'solid-js';
import NewThreadDialog from './NewThreadDialog';
import ThreadList from './ThreadList';
import ThreadView from './ThreadView';
import type { ThreadMessage, ThreadSummary, ThreadList as Threads } from './types';
import { refreshUnreadMessages } from './unread';
import { createNotice, Notice } from '../Notice';
import PageHeader from '../PageHeader';
import { onPageReturn } from '../pageReturn';
import { syncQuery } from '../../../lib/addressBar';
import { api } from '../../../lib/api';
import { createLoader } from '../../../lib/loader';

/**
 * The team's conversations with customers: threads on the left (unread first in the eye, a
 * filter for them, a search), the open one on the right. The open thread, the filter and the
 * search live in the address bar, so a link or a refresh opens the same view.
 */
export default function Inbox() {
  const initial = new URLSearchParams(window.location.search);
  const [selected, setSelected] = createSignal(initial.get('thread') ?? '');
  const [unreadOnly, setUnreadOnly] = createSignal(initial.get('unread') === '1');
  const [search, setSearch] = createSignal((initial.get('q') ?? '').trim());
  const [composing, setComposing] = createSignal(false);
  const notice = createNotice();
  createEffect(() => syncQuery({ thread: selected() || undefined, unread: unreadOnly() ? '1' : undefined, q: search() }));

  const threads = createLoader(
    () => ({ unread: unreadOnly() ? 'true' : undefined, q: search() || undefined }),
    (query, signal) => api<Threads>('/messages/threads', { query, signal }),
  );
  onPageReturn(() => void threads.reload());

  const patchThread = (id: string, patch: (thread: ThreadSummary) => ThreadSummary, toTop = false) => {
    const current = threads.data();
    if (!current) return;
    const found = current.items.find((thread) => thread.id === id);
    if (!found) return;
    const updated = patch(found);
    const rest = current.items.filter((thread) => thread.id !== id);
    const items = toTop ? [updated, ...rest] : current.items.map((thread) => (thread.id === id ? updated : thread));
    threads.mutate({ ...current, items });
  };

  /** The open thread was marked read: its row loses its count, the sidebar badge follows. */
  const onRead = (id: string) => {
    patchThread(id, (thread) => ({ ...thread, unreadCount: 0 }));
    void refreshUnreadMessages();
  };

  const onSent = (id: string, message: ThreadMessage) =>
    patchThread(id, (thread) => ({ ...thread, lastMessageAt: message.createdAt, lastMessage: { body: message.body, sender: message.sender, createdAt: message.createdAt } }), true);

  const summaryOf = (id: string) => threads.data()?.items.find((thread) => thread.id === id);

  return (
    <section aria-labelledby="messages-heading" data-testid="messages">
      <PageHeader id="messages-heading" title="Messages" description="Conversations with your customers. They read and answer in their client portal.">
        <button type="button" class="btn-primary" onClick={() => setComposing(true)} data-testid="thread-new">
          New message
        </button>
      </PageHeader>

      <div class="mt-6 grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div class={selected() ? 'hidden lg:block' : ''}>
          <ThreadList
            threads={threads}
            selectedId={selected()}
            unreadOnly={unreadOnly()}
            search={search()}
            onUnreadOnly={setUnreadOnly}
            onSearch={setSearch}
            onSelect={setSelected}
            onCompose={() => setComposing(true)}
          />
        </div>
        <div class={selected() ? '' : 'hidden lg:block'}>
          <Show
            when={selected()}
            fallback={
              <div class="card px-6 py-16 text-center text-sm text-slate-500" data-testid="thread-none">
                Pick a conversation to read it and reply.
              </div>
            }
          >
            {(id) => (
              <ThreadView threadId={id()} unreadCount={summaryOf(id())?.unreadCount ?? 0} onBack={() => setSelected('')} onRead={onRead} onSent={onSent} />
            )}
          </Show>
        </div>
      </div>

      <NewThreadDialog
        open={composing()}
        onClose={() => setComposing(false)}
        onCreated={(thread) => {
          setComposing(false);
          notice.show(`Message sent to ${thread.customer.name}.`);
          setSelected(thread.id);
          void threads.reload();
        }}
      />
      <Notice message={notice.message()} />
    </section>
  );
}
