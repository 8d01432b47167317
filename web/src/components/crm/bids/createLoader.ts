import { createSignal, onCleanup } from 'solid-js';
import { errorMessage } from '../../../lib/api';

/**
 * Loads something from the API, keeping the last good answer on screen while a newer request
 * runs, dropping answers that arrive out of order, and remembering the failure message.
 *
 * @example const bids = createLoader((signal) => api<Paged<BidSummary>>('/bids', { query, signal }));
 */
export function createLoader<T>(fetcher: (signal: AbortSignal) => Promise<T>) {
  const [data, setData] = createSignal<T>();
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal('');
  let controller: AbortController | undefined;
  onCleanup(() => controller?.abort());

  const load = async () => {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    setLoading(true);
    setError('');
    try {
      const value = await fetcher(current.signal);
      if (controller !== current) return;
      setData(() => value);
    } catch (cause) {
      if (current.signal.aborted) return;
      setError(errorMessage(cause));
    }
    if (controller === current) setLoading(false);
  };

  return { data, setData, loading, error, load };
}

/** Keeps list filters in the address bar so a refresh or a shared link shows the same list. */
export function syncQuery(values: Record<string, string | number | undefined>) {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1)) url.searchParams.delete(key);
    else url.searchParams.set(key, String(value));
  }
  window.history.replaceState(null, '', url);
}
