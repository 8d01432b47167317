import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { download, errorMessage } from '../../../lib/api';

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

/** Downloads an API file (needs the bearer token) and saves it under `name`. */
export async function downloadFile(path: string, name: string, query?: Record<string, string | undefined>) {
  saveBlob(await download(path, query), name);
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
