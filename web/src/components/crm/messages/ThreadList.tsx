import { For, Show, type Accessor } from 'solid-js';
import { subjectOf, type ThreadList as Threads, type ThreadSummary } from './types';
import { shortWhen } from './when';
import { EmptyState, LoadingRows } from '../ListStates';
import LoadStatus from '../LoadStatus';
import SearchBox from '../SearchBox';
import StatusTabs from '../StatusTabs';

interface ThreadListProps {
  threads: { data: Accessor<Threads | undefined>; loading: Accessor<boolean>; error: Accessor<string>; reload: () => Promise<void> };
  selectedId: string;
  unreadOnly: boolean;
  search: string;
  onUnreadOnly: (unreadOnly: boolean) => void;
  onSearch: (search: string) => void;
  onSelect: (threadId: string) => void;
  onCompose: () => void;
}

/** Who said what last, in one line. */
function preview(thread: ThreadSummary): string {
  const last = thread.lastMessage;
  if (!last) return 'No messages yet';
  const text = last.body.replace(/\s+/g, ' ').trim();
  return last.sender === 'contractor' ? `You: ${text}` : text;
}

/** The conversations, newest activity first: customer, subject, the last message and how many are unread. */
export default function ThreadList(props: ThreadListProps) {
  const items = () => props.threads.data()?.items ?? [];
  return (
    <div class="space-y-3">
      <div class="flex flex-wrap items-center gap-3">
        <StatusTabs
          label="Show"
          value={props.unreadOnly ? 'unread' : ''}
          options={[{ value: 'unread', label: 'Unread' }]}
          onChange={(value) => props.onUnreadOnly(value === 'unread')}
          testId="threads-filter"
        />
        <SearchBox id="threads-search" label="Search messages" placeholder="Search customer or subject" value={props.search} onSearch={props.onSearch} class="min-w-0 flex-1" />
      </div>
      <LoadStatus loader={props.threads} errorTestId="threads-error">
        <LoadingRows label="Loading conversations…" testId="threads-loading" />
      </LoadStatus>
      <Show when={props.threads.data() && items().length === 0}>
        <Show
          when={props.unreadOnly || props.search}
          fallback={
            <EmptyState
              title="No conversations yet"
              testId="threads-empty"
              action={
                <button type="button" class="btn-secondary" onClick={() => props.onCompose()}>
                  Message a customer
                </button>
              }
            >
              When a customer writes from their client portal, or you message one, the conversation shows up here.
            </EmptyState>
          }
        >
          <EmptyState title={props.unreadOnly && !props.search ? 'All caught up' : 'No conversations match'} testId="threads-empty">
            {props.unreadOnly && !props.search ? 'Every customer message has been read.' : 'Try another search, or show all conversations.'}
          </EmptyState>
        </Show>
      </Show>
      <Show when={items().length > 0}>
        <ul class={`card divide-y divide-slate-100 overflow-hidden transition-opacity ${props.threads.loading() ? 'opacity-60' : ''}`} aria-label="Conversations" aria-busy={props.threads.loading()} data-testid="threads">
          <For each={items()}>
            {(thread) => {
              const unread = () => thread.unreadCount > 0;
              const selected = () => thread.id === props.selectedId;
              return (
                <li>
                  <button
                    type="button"
                    class={`block w-full px-4 py-3 text-left ${selected() ? 'bg-brand-50' : 'hover:bg-slate-50'}`}
                    aria-current={selected() ? 'true' : undefined}
                    onClick={() => props.onSelect(thread.id)}
                    data-testid="thread-row"
                    data-thread-id={thread.id}
                    data-unread={thread.unreadCount}
                  >
                    <div class="flex items-baseline justify-between gap-3">
                      <p class={`min-w-0 truncate text-sm ${unread() ? 'font-semibold text-slate-900' : 'font-medium text-slate-800'}`}>{thread.customer.name}</p>
                      <span class="shrink-0 text-xs text-slate-600">{shortWhen(thread.lastMessageAt ?? thread.lastMessage?.createdAt)}</span>
                    </div>
                    <div class="mt-0.5 flex items-center justify-between gap-3">
                      <p class={`min-w-0 truncate text-sm ${unread() ? 'font-medium text-slate-900' : 'text-slate-700'}`} data-testid="thread-subject">
                        {subjectOf(thread)}
                      </p>
                      <Show when={unread()}>
                        <span class="shrink-0 rounded-full bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white tabular-nums" data-testid="thread-unread">
                          {thread.unreadCount}
                          <span class="sr-only"> unread</span>
                        </span>
                      </Show>
                    </div>
                    <p class="mt-0.5 truncate text-xs text-slate-600" data-testid="thread-preview">
                      {preview(thread)}
                    </p>
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </div>
  );
}
