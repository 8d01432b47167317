import { createSignal, onCleanup, Show } from 'solid-js';

/** A short-lived confirmation ("Customer added.") announced to screen readers. */
export function createNotice(durationMs = 4000) {
  const [message, setMessage] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const show = (text: string) => {
    clearTimeout(timer);
    setMessage(text);
    timer = setTimeout(() => setMessage(''), durationMs);
  };
  return { message, show };
}

export function Notice(props: { message: string }) {
  return (
    <div role="status" aria-live="polite" class="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      <Show when={props.message}>
        <p class="pointer-events-auto rounded-lg bg-slate-900 px-4 py-2.5 text-sm text-white shadow-lg" data-testid="crm-notice">
          {props.message}
        </p>
      </Show>
    </div>
  );
}

/** An inline error box with an optional retry. */
export function ErrorBanner(props: { message: string; onRetry?: () => void; testId?: string }) {
  return (
    <div role="alert" class="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-700" data-testid={props.testId}>
      <span>{props.message}</span>
      <Show when={props.onRetry}>
        <button type="button" class="btn-secondary py-1.5" onClick={() => props.onRetry?.()}>
          Try again
        </button>
      </Show>
    </div>
  );
}
