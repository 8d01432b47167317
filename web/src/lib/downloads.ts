import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { download, errorMessage, type ApiRequest } from './api';

/** Hands a fetched file to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads an API file (it needs the bearer token) and saves it under `name`. */
export async function downloadFile(path: string, name: string, query?: ApiRequest['query']) {
  saveBlob(await download(path, query), name);
}

/**
 * A download with its progress and failure for the screen: `busy()` is the key of the file
 * being fetched (its path unless given), `error()` the last failure's message.
 *
 * @example
 * const pdf = createDownload();
 * <button disabled={Boolean(pdf.busy())} onClick={() => void pdf.start('/bids/1/pdf', 'BID-0001.pdf')}>
 */
export function createDownload() {
  const [busy, setBusy] = createSignal<string>();
  const [error, setError] = createSignal('');
  const start = async (path: string, name: string, query?: ApiRequest['query'], key = path) => {
    if (busy()) return;
    setBusy(key);
    setError('');
    try {
      await downloadFile(path, name, query);
    } catch (cause) {
      setError(errorMessage(cause));
    }
    setBusy(undefined);
  };
  return { busy, error, start };
}

/**
 * An object URL for an API file (photo, logo) that follows `path()`: fetched with the bearer
 * token, revoked when the path changes or the component goes away.
 */
export function createBlobUrl(path: () => string | undefined) {
  const [url, setUrl] = createSignal<string>();
  const [error, setError] = createSignal('');
  let current: string | undefined;
  const replace = (next: string | undefined) => {
    if (current) URL.revokeObjectURL(current);
    current = next;
    setUrl(next);
  };
  onCleanup(() => replace(undefined));
  createEffect(
    on(path, (wanted) => {
      setError('');
      replace(undefined);
      if (!wanted) return;
      download(wanted)
        .then((blob) => {
          if (path() === wanted) replace(URL.createObjectURL(blob));
        })
        .catch((cause) => {
          if (path() === wanted) setError(errorMessage(cause));
        });
    }),
  );
  return { url, error };
}
