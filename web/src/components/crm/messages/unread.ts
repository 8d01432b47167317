import { createSignal, onMount } from 'solid-js';
import { onPageReturn } from '../pageReturn';
import { api } from '../../../lib/api';

/** Unread homeowner messages across the company's threads: one count per page, shared by the sidebar and the inbox. */
const [unread, setUnread] = createSignal<number>();

export const unreadMessages = unread;

/** Asks the server again; a failure keeps the last count (the badge is a hint, the inbox the truth). */
export async function refreshUnreadMessages(): Promise<void> {
  try {
    const answer = await api<{ unread: number }>('/messages/unread-count');
    setUnread(answer.unread);
  } catch {
    // The inbox itself shows errors; a stale badge is harmless until the next refresh.
  }
}

/** Loads the count when the page opens and again whenever the person comes back to the tab. */
export function trackUnreadMessages(): void {
  onMount(() => void refreshUnreadMessages());
  onPageReturn(() => void refreshUnreadMessages());
}
