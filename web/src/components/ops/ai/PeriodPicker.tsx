import { For } from 'solid-js';

/** A segmented choice of days (7 / 30 / 90): radio semantics, one tab stop. */
export default function PeriodPicker<T extends number>(props: { value: T; options: readonly T[]; onChange: (value: T) => void; busy?: boolean }) {
  return (
    <div class="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 shadow-sm" role="radiogroup" aria-label="Period" aria-busy={props.busy} data-testid="period-picker">
      <For each={props.options}>
        {(option) => (
          <button
            type="button"
            role="radio"
            aria-checked={props.value === option}
            tabIndex={props.value === option ? 0 : -1}
            class={`rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-600 ${
              props.value === option ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100'
            }`}
            onClick={() => props.onChange(option)}
            onKeyDown={(event) => {
              const index = props.options.indexOf(props.value);
              const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
              if (!step) return;
              event.preventDefault();
              const next = props.options[(index + step + props.options.length) % props.options.length]!;
              props.onChange(next);
              queueMicrotask(() => (event.currentTarget.parentElement?.querySelector('[aria-checked="true"]') as HTMLElement | null)?.focus());
            }}
            data-testid={`period-${option}`}
          >
            {option} days
          </button>
        )}
      </For>
    </div>
  );
}
