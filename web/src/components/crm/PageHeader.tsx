import { Show, type JSX } from 'solid-js';

interface PageHeaderProps {
  id: string;
  title: string;
  description: JSX.Element;
  /** 2: a section of a page (an `h2`) rather than the page itself. */
  level?: 1 | 2;
  /** The buttons or filters on the right. */
  children?: JSX.Element;
}

/** A page's (or a section's) title and one line about it, with its controls on the right. */
export default function PageHeader(props: PageHeaderProps) {
  return (
    <div class={`flex flex-wrap items-end justify-between ${props.level === 2 ? 'gap-3' : 'gap-4'}`}>
      <div>
        <Show
          when={props.level === 2}
          fallback={
            <h1 id={props.id} class="text-2xl font-bold tracking-tight text-slate-900">
              {props.title}
            </h1>
          }
        >
          <h2 id={props.id} class="text-lg font-semibold text-slate-900">
            {props.title}
          </h2>
        </Show>
        <p class="mt-1 text-sm text-slate-600">{props.description}</p>
      </div>
      {props.children}
    </div>
  );
}
