import { For, Show, type JSX } from 'solid-js';

/** Grey placeholder rows while a list loads. */
export function ListSkeleton(props: { label: string; testId: string; rows?: number }) {
  return (
    <div class="card divide-y divide-slate-100" aria-busy="true" data-testid={props.testId}>
      <span class="sr-only">{props.label}</span>
      <For each={Array.from({ length: props.rows ?? 4 })}>
        {() => (
          <div class="flex animate-pulse gap-4 px-4 py-4" aria-hidden="true">
            <div class="h-4 w-1/4 rounded bg-slate-200" />
            <div class="h-4 w-1/3 rounded bg-slate-100" />
            <div class="ml-auto h-4 w-16 rounded bg-slate-100" />
          </div>
        )}
      </For>
    </div>
  );
}

/** The empty state of a list: a heading, a sentence saying what to do, and an optional action. */
export function EmptyState(props: { title: string; message: string; testId: string; children?: JSX.Element }) {
  return (
    <div class="card px-6 py-14 text-center" data-testid={props.testId}>
      <h2 class="text-base font-semibold text-slate-900">{props.title}</h2>
      <p class="mx-auto mt-2 max-w-md text-sm text-slate-600">{props.message}</p>
      <Show when={props.children}>
        <div class="mt-5 flex flex-wrap justify-center gap-3">{props.children}</div>
      </Show>
    </div>
  );
}

/** Shown to a role that cannot use a section (the API refuses it too). */
export function NotForRole(props: { what: string }) {
  return (
    <EmptyState
      title={`${props.what} are for the office`}
      message={`Your role does not include ${props.what.toLowerCase()}. Ask an owner or admin if you need access.`}
      testId="not-for-role"
    >
      <a class="btn-secondary" href="/crm/">
        Back to the dashboard
      </a>
    </EmptyState>
  );
}

/** Previous/next page buttons with a “Showing 1–25 of 80” line. */
export function Pager(props: { page: number; pageSize: number; total: number; shown: number; loading: boolean; onPage: (page: number) => void; label: string }) {
  const pages = () => Math.max(1, Math.ceil(props.total / props.pageSize));
  const first = () => (props.page - 1) * props.pageSize + 1;
  return (
    <nav class="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600" aria-label={props.label}>
      <p>{props.total > 0 ? `Showing ${first()}–${first() + props.shown - 1} of ${props.total}` : ''}</p>
      <Show when={pages() > 1}>
        <div class="flex items-center gap-2">
          <button type="button" class="btn-secondary py-1.5" disabled={props.page <= 1 || props.loading} onClick={() => props.onPage(props.page - 1)}>
            Previous
          </button>
          <span>
            Page {props.page} of {pages()}
          </span>
          <button type="button" class="btn-secondary py-1.5" disabled={props.page >= pages() || props.loading} onClick={() => props.onPage(props.page + 1)}>
            Next
          </button>
        </div>
      </Show>
    </nav>
  );
}
