import { children, For, Show, type Accessor, type JSX } from 'solid-js';
import LoadStatus from './LoadStatus';

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
            <div class="ml-auto h-4 w-16 rounded bg-slate-100" />
          </div>
        )}
      </For>
    </div>
  );
}

/** What an empty list says (`children`), and the next step (`action`) when there is one. */
export function EmptyState(props: { title: string; testId: string; children?: JSX.Element; action?: JSX.Element }) {
  const message = children(() => props.children);
  const action = children(() => props.action);
  return (
    <div class="card px-6 py-14 text-center" data-testid={props.testId}>
      <h2 class="text-base font-semibold text-slate-900">{props.title}</h2>
      <Show when={message()}>
        <p class="mx-auto mt-2 max-w-md text-sm text-slate-600">{message()}</p>
      </Show>
      <Show when={action()}>
        <div class="mt-5 flex flex-wrap justify-center gap-3">{action()}</div>
      </Show>
    </div>
  );
}

/** Shown to a role that cannot use a section (the API refuses it too). */
export function NotForRole(props: { what: string }) {
  return (
    <EmptyState
      title={`${props.what} are for the office`}
      testId="not-for-role"
      action={
        <a class="btn-secondary" href="/crm/">
          Back to the dashboard
        </a>
      }
    >
      Your role does not include {props.what.toLowerCase()}. Ask an owner or admin if you need access.
    </EmptyState>
  );
}

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** Rows on this page. */
  shown: number;
  busy: boolean;
  onPage: (page: number) => void;
  /** What the navigation is called for screen readers. */
  label?: string;
  /** Names the test ids: `<prefix>-pagination`, `-range`, `-prev` and `-next`. */
  testPrefix?: string;
}

/** Previous / next for a paged list, with “Showing 1–25 of 80”. */
export function Pager(props: PagerProps) {
  const pages = () => Math.max(1, Math.ceil(props.total / props.pageSize));
  const first = () => (props.page - 1) * props.pageSize + 1;
  const testId = (suffix: string) => (props.testPrefix ? `${props.testPrefix}-${suffix}` : undefined);
  return (
    <nav class="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600" aria-label={props.label ?? 'Pages'} data-testid={testId('pagination')}>
      <p data-testid={testId('range')}>{props.total > 0 ? `Showing ${first()}–${first() + props.shown - 1} of ${props.total}` : ''}</p>
      <Show when={pages() > 1}>
        <div class="flex items-center gap-2">
          <button type="button" class="btn-secondary py-1.5" disabled={props.page <= 1 || props.busy} onClick={() => props.onPage(props.page - 1)} data-testid={testId('prev')}>
            Previous
          </button>
          <span>
            Page {props.page} of {pages()}
          </span>
          <button type="button" class="btn-secondary py-1.5" disabled={props.page >= pages() || props.busy} onClick={() => props.onPage(props.page + 1)} data-testid={testId('next')}>
            Next
          </button>
        </div>
      </Show>
    </nav>
  );
}

interface ListBodyProps {
  /** A loaded page of rows (`total` counts every match). */
  list: { data: Accessor<{ total: number } | undefined>; loading: Accessor<boolean>; error: Accessor<string>; reload: () => Promise<void> };
  /** Names the test ids `<testPrefix>-error` and `<testPrefix>-loading`. */
  testPrefix: string;
  loadingLabel: string;
  /** What shows when nothing matches. */
  empty: JSX.Element;
  /** The rows (a table and its pager), once there are some. */
  children: JSX.Element;
}

/** A list's states in order: its error with a retry, grey rows on the first load, the empty message, or the rows. */
export function ListBody(props: ListBodyProps) {
  const total = () => props.list.data()?.total;
  return (
    <>
      <LoadStatus loader={props.list} errorTestId={`${props.testPrefix}-error`}>
        <LoadingRows label={props.loadingLabel} testId={`${props.testPrefix}-loading`} />
      </LoadStatus>
      <Show when={total() === 0}>{props.empty}</Show>
      <Show when={(total() ?? 0) > 0}>{props.children}</Show>
    </>
  );
}
