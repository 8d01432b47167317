import { Show, type Accessor } from 'solid-js';
import { ErrorBanner } from '../crm/Notice';
import { LoadingRows } from '../crm/ListStates';
import { api, ApiError } from '../../lib/api';

/** The `?id=` of a record page (`missing` when the link lost it: the API then refuses it). */
export function recordIdFromAddress(): string {
  return new URLSearchParams(window.location.search).get('id')?.trim() || 'missing';
}

/**
 * One record of the portal, or null when it is not the homeowner's: the API answers 404 for
 * someone else's id (and 422 for a malformed one), and the page says the same either way.
 */
export async function fetchRecord<T>(path: string, signal: AbortSignal): Promise<T | null> {
  try {
    return await api<T>(path, { signal });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 422)) return null;
    throw error;
  }
}

interface RecordLoader {
  data: Accessor<unknown>;
  loading: Accessor<boolean>;
  error: Accessor<string>;
  reload: () => Promise<void>;
}

/**
 * A record page's loading rows and failure. A record that is not the homeowner's (or does not
 * exist) reads the same either way, with the way back to the list.
 */
export function RecordLoadStatus(props: { loader: RecordLoader; noun: string; listHref: string }) {
  return (
    <>
      <Show when={props.loader.error()}>
        <ErrorBanner message={props.loader.error()} onRetry={() => void props.loader.reload()} testId="record-error" />
      </Show>
      <Show when={props.loader.data() === null}>
        <div class="card px-6 py-12 text-center" data-testid="record-not-found">
          <h1 class="text-lg font-semibold text-slate-900">This {props.noun} is not in your portal</h1>
          <p class="mx-auto mt-2 max-w-md text-sm text-slate-600">
            The link may be wrong, or it belongs to another contractor’s portal. Open it from the list, or switch contractor at the top of the page.
          </p>
          <a class="btn-secondary mt-5" href={props.listHref}>
            Back to the list
          </a>
        </div>
      </Show>
      <Show when={props.loader.data() === undefined && props.loader.loading()}>
        <LoadingRows label={`Loading the ${props.noun}…`} testId="record-loading" rows={3} />
      </Show>
    </>
  );
}
