import { Show } from 'solid-js';
import type { ApiRequest } from '../../lib/api';
import { createDownload } from '../../lib/downloads';

interface DownloadButtonProps {
  /** API path, e.g. `/bids/<id>/pdf`. */
  path: string;
  query?: ApiRequest['query'];
  /** File name to save as. */
  filename: string;
  label: string;
  busyLabel?: string;
  class?: string;
  testId: string;
}

/** Fetches a PDF or CSV as the signed-in user and saves it, showing progress and any failure. */
export default function DownloadButton(props: DownloadButtonProps) {
  const file = createDownload();
  const busy = () => Boolean(file.busy());
  return (
    <span class="inline-flex flex-col items-start">
      <button
        type="button"
        class={props.class ?? 'btn-secondary'}
        disabled={busy()}
        aria-busy={busy()}
        onClick={() => void file.start(props.path, props.filename, props.query)}
        data-testid={props.testId}
      >
        <Show
          when={busy()}
          fallback={
            <svg viewBox="0 0 20 20" class="size-4" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
              <path d="M10 3v10m0 0-4-4m4 4 4-4M4 16h12" />
            </svg>
          }
        >
          <span class="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden="true" />
        </Show>
        {busy() ? (props.busyLabel ?? 'Preparing…') : props.label}
      </button>
      <Show when={file.error()}>
        <span role="alert" class="mt-1 text-xs text-red-700" data-testid={`${props.testId}-error`}>
          {file.error()}
        </span>
      </Show>
    </span>
  );
}
