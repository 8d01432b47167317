import { For } from 'solid-js';

/** A row of filter buttons (“All”, then each status); scrolls sideways on a phone. */
export default function StatusTabs(props: {
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
  testId: string;
}) {
  const all = () => [{ value: '', label: 'All' }, ...props.options];
  return (
    <div class="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <div role="group" aria-label={props.label} class="inline-flex gap-1 rounded-lg bg-slate-100 p-1" data-testid={props.testId}>
        <For each={all()}>
          {(option) => (
            <button
              type="button"
              class={`rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap ${
                props.value === option.value ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'
              }`}
              aria-pressed={props.value === option.value}
              onClick={() => props.onChange(option.value)}
              data-value={option.value || 'all'}
            >
              {option.label}
            </button>
          )}
        </For>
      </div>
    </div>
  );
}
