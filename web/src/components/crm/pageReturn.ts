import { onCleanup } from 'solid-js';

/**
 * Runs `refresh` when the person comes back to this tab (it regains focus or becomes visible
 * again), at most once per `minIntervalMs`: fresh numbers after they were away, with no polling
 * while they are not looking. Stops with the component that called it.
 */
export function onPageReturn(refresh: () => void, minIntervalMs = 5000): void {
  let last = Date.now();
  const maybeRefresh = () => {
    if (document.visibilityState !== 'visible' || Date.now() - last < minIntervalMs) return;
    last = Date.now();
    refresh();
  };
  window.addEventListener('focus', maybeRefresh);
  document.addEventListener('visibilitychange', maybeRefresh);
  onCleanup(() => {
    window.removeEventListener('focus', maybeRefresh);
    document.removeEventListener('visibilitychange', maybeRefresh);
  });
}
