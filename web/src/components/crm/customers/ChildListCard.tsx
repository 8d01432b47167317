import { For, Show, type JSX } from 'solid-js';
import type { ChildList } from './childList';
import LoadStatus from '../LoadStatus';

interface ChildListCardProps<T extends { id: string }> {
  title: string;
  /** Names the test ids: `<kind>-new`, `-row`, `-edit` and `-delete`. */
  kind: string;
  testId: string;
  emptyTestId: string;
  headingId: string;
  addLabel: string;
  loadingText: string;
  /** What an empty list says; staff get a hint what to add. */
  emptyText: string;
  canWrite: boolean;
  state: ChildList<T>;
  /** The record's name, for screen readers on its Edit and Delete buttons. */
  name: (item: T) => string;
  /** A row's text. */
  children: (item: T) => JSX.Element;
  /** The edit and delete dialogs. */
  dialogs: JSX.Element;
}

/** A card listing a customer's properties or equipment, with Add, Edit and Delete for staff. */
export default function ChildListCard<T extends { id: string }>(props: ChildListCardProps<T>) {
  const list = () => props.state.list;
  return (
    <section class="card" aria-labelledby={props.headingId} data-testid={props.testId}>
      <div class="flex items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
        <h2 id={props.headingId} class="text-base font-semibold text-slate-900">
          {props.title}
        </h2>
        <Show when={props.canWrite}>
          <button type="button" class="btn-ghost py-1" onClick={() => props.state.setEditing('new')} data-testid={`${props.kind}-new`}>
            {props.addLabel}
          </button>
        </Show>
      </div>
      <LoadStatus loader={list()} errorClass="p-4">
        <p class="px-5 py-4 text-sm text-slate-500" aria-busy="true">
          {props.loadingText}
        </p>
      </LoadStatus>
      <Show when={list().data() && props.state.rows().length === 0}>
        <p class="px-5 py-4 text-sm text-slate-600" data-testid={props.emptyTestId}>
          {props.emptyText}
        </p>
      </Show>
      <ul class="divide-y divide-slate-100">
        <For each={props.state.rows()}>
          {(item) => (
            <li class="flex items-start justify-between gap-3 px-5 py-3" data-testid={`${props.kind}-row`}>
              {props.children(item)}
              <Show when={props.canWrite}>
                <div class="flex shrink-0 gap-1">
                  <button type="button" class="btn-ghost px-2 py-1" onClick={() => props.state.setEditing(() => item)} data-testid={`${props.kind}-edit`}>
                    Edit<span class="sr-only"> {props.name(item)}</span>
                  </button>
                  <button type="button" class="btn-ghost px-2 py-1 text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => props.state.setDeleting(() => item)} data-testid={`${props.kind}-delete`}>
                    Delete<span class="sr-only"> {props.name(item)}</span>
                  </button>
                </div>
              </Show>
            </li>
          )}
        </For>
      </ul>
      {props.dialogs}
    </section>
  );
}
