import { For, Show, type JSX } from 'solid-js';

/** Grey placeholder rows while a list loads. */
export function LoadingRows(props: { label: string; testId: string; rows?: number }) {
  return (
    <div class="card divide-y divide-slate-100" aria-busy="true" data-testid={props.testId}>
      <span class="sr-only">{props.label}</span>
      <For each={Array.from({ length: props.rows ?? 4 })}>
        {() => (
          <div class="flex animate-pulse gap-4 px-4 py-4" aria-hidden="true">
            <div class="h-4 w-1/4 rounded bg-slate-200" />
            <div class="h-4 w-1/3 rounded bg-slate-100" />
          </div>
        )}
      </For>
    </div>
  );
}

/** What an empty list says, and the next step when there is one. */
export function EmptyState(props: { title: string; testId: string; children?: JSX.Element; action?: JSX.Element }) {
  return (
    <div class="card px-6 py-12 text-center" data-testid={props.testId}>
      <h2 class="text-base font-semibold text-slate-900">{props.title}</h2>
      <Show when={props.children}>
        <p class="mx-auto mt-2 max-w-md text-sm text-slate-600">{props.children}</p>
      </Show>
      <Show when={props.action}>
        <div class="mt-5">{props.action}</div>
      </Show>
    </div>
  );
}

/** Previous / next for a paged list, with “Showing 1–25 of 80”. */
export function Pager(props: { page: number; pageSize: number; total: number; shown: number; busy: boolean; onPage: (page: number) => void; testId: string }) {
  const pages = () => Math.max(1, Math.ceil(props.total / props.pageSize));
  const first = () => (props.page - 1) * props.pageSize + 1;
  return (
    <nav class="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600" aria-label="Pages" data-testid={props.testId}>
      <p>
        <Show when={props.total > 0}>
          Showing {first()}–{first() + props.shown - 1} of {props.total}
        </Show>
      </p>
      <Show when={pages() > 1}>
        <div class="flex items-center gap-2">
          <button type="button" class="btn-secondary py-1.5" disabled={props.page <= 1 || props.busy} onClick={() => props.onPage(props.page - 1)}>
            Previous
          </button>
          <span>
            Page {props.page} of {pages()}
          </span>
          <button type="button" class="btn-secondary py-1.5" disabled={props.page >= pages() || props.busy} onClick={() => props.onPage(props.page + 1)}>
            Next
          </button>
        </div>
      </Show>
    </nav>
  );
}
