import { Show } from 'solid-js';
import { trackUnreadMessages, unreadMessages } from './unread';

/** The sidebar's count of unread customer messages; hidden at zero. */
export default function UnreadBadge() {
  trackUnreadMessages();
  return (
    <Show when={(unreadMessages() ?? 0) > 0}>
      <span class="ml-auto min-w-5 rounded-full bg-brand-700 px-1.5 py-0.5 text-center text-xs font-semibold text-white tabular-nums" data-testid="nav-messages-unread">
        {unreadMessages()}
        <span class="sr-only"> unread</span>
      </span>
    </Show>
  );
}
