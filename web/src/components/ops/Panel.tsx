import { Show, type JSX } from 'solid-js';

interface PanelProps {
  /** The heading's id (the section is labelled by it). */
  id: string;
  title: string;
  description?: JSX.Element;
  /** Controls or a figure on the right of the heading. */
  aside?: JSX.Element;
  class?: string;
  testId?: string;
  children: JSX.Element;
}

/** A card section of an ops page: a heading, an optional line under it, and its content. */
export default function Panel(props: PanelProps) {
  return (
    <section class={`card min-w-0 p-5 ${props.class ?? ''}`} aria-labelledby={props.id} data-testid={props.testId}>
      <div class="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div class="min-w-0">
          <h2 id={props.id} class="text-base font-semibold text-slate-900">
            {props.title}
          </h2>
          <Show when={props.description}>
            <p class="mt-0.5 text-sm text-slate-500">{props.description}</p>
          </Show>
        </div>
        {props.aside}
      </div>
      <div class="mt-4">{props.children}</div>
    </section>
  );
}
