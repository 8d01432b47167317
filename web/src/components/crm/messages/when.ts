/** `2:30 PM` today, `Mar 4` this year, `Mar 4, 2025` before: how an inbox dates a conversation. */
export function shortWhen(at: string | null | undefined): string {
  if (!at) return '';
  const date = new Date(at);
  const now = new Date();
  if (date.toDateString() === now.toDateString()) return date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric' });
}

/** `Mar 4, 2:30 PM`, with the year when it is not this year's: when one message was sent. */
export function messageWhen(at: string): string {
  const date = new Date(at);
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleString('en-US', { month: 'short', day: 'numeric', year: sameYear ? undefined : 'numeric', hour: 'numeric', minute: '2-digit' });
}
