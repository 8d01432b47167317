import { Show } from 'solid-js';

/** One figure on the dashboard: a label, the number, and a line of context under it. */
export default function Tile(props: { label: string; value: string; detail?: string; tone?: 'default' | 'warning'; href?: string; testId: string }) {
  const body = () => (
    <>
      <p class="text-xs font-medium tracking-wide text-slate-500 uppercase">{props.label}</p>
      <p class={`mt-1 text-2xl font-bold tabular-nums ${props.tone === 'warning' ? 'text-red-700' : 'text-slate-900'}`} data-testid={`${props.testId}-value`}>
        {props.value}
      </p>
      <Show when={props.detail}>
        <p class="mt-0.5 text-xs text-slate-500">{props.detail}</p>
      </Show>
    </>
  );
  return (
    <Show when={props.href} fallback={<div class="card p-4" data-testid={props.testId}>{body()}</div>}>
      <a href={props.href} class="card block p-4 hover:border-brand-200 hover:shadow" data-testid={props.testId}>
        {body()}
      </a>
    </Show>
  );
}
