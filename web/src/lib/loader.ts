import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { errorMessage } from './api';

/**
 * Loads data whenever `source()` changes (a query, an id), keeping the last good data on
 * screen while the next request runs and dropping answers that arrive out of order.
 * `source()` returning `false` skips loading.
 *
 * @example
 * const jobs = createLoader(() => ({ page: page() }), (query, signal) => api<Paged<Job>>('/jobs', { query, signal }));
 * jobs.data(); jobs.loading(); jobs.error(); jobs.reload();
 */
export function createLoader<S, T>(source: () => S | false, fetcher: (source: S, signal: AbortSignal) => Promise<T>) {
  const [data, setData] = createSignal<T>();
  const [loading, setLoading] = createSignal(false);
  const [error, setError] = createSignal('');
  let controller: AbortController | undefined;
  onCleanup(() => controller?.abort());

  const run = async (value: S) => {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    setLoading(true);
    setError('');
    try {
      const result = await fetcher(value, current.signal);
      if (controller === current) setData(() => result);
    } catch (cause) {
      if (current.signal.aborted) return;
      if (controller === current) setError(errorMessage(cause));
    }
    if (controller === current) setLoading(false);
  };

  createEffect(
    on(source, (value) => {
      if (value !== false) void run(value);
    }),
  );

  return {
    data,
    loading,
    error,
    /** Replaces the data after a local change (a saved row), without a round trip. */
    mutate: (next: T | undefined) => setData(() => next),
    reload: () => {
      const value = source();
      if (value === false) return Promise.resolve();
      return run(value);
    },
  };
}

/** A loader that fetches once when the component mounts (and again on `reload()`). */
export function createLoadOnce<T>(fetcher: (signal: AbortSignal) => Promise<T>) {
  return createLoader(
    () => true,
    (_once, signal) => fetcher(signal),
  );
}
