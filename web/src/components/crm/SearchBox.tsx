import { createEffect, createSignal, on, onCleanup } from 'solid-js';

/**
 * A search field that applies what was typed after a short pause (or on Enter). The text
 * follows `value` when the list clears its search.
 */
export default function SearchBox(props: { id: string; label: string; placeholder: string; value: string; onSearch: (value: string) => void; class?: string }) {
  const [text, setText] = createSignal(props.value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  createEffect(
    on(
      () => props.value,
      (value) => {
        if (value === text().trim()) return;
        clearTimeout(timer);
        setText(value);
      },
      { defer: true },
    ),
  );
  const apply = (value: string) => {
    clearTimeout(timer);
    if (value.trim() !== props.value) props.onSearch(value.trim());
  };
  return (
    <form
      role="search"
      class={props.class ?? 'w-full lg:max-w-xs'}
      onSubmit={(event) => {
        event.preventDefault();
        apply(text());
      }}
    >
      <label for={props.id} class="sr-only">
        {props.label}
      </label>
      <div class="relative">
        <svg viewBox="0 0 20 20" class="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" fill="currentColor" aria-hidden="true">
          <path fill-rule="evenodd" d="M9 3.5a5.5 5.5 0 1 0 3.4 9.83l3.63 3.63a.75.75 0 1 0 1.06-1.06l-3.63-3.63A5.5 5.5 0 0 0 9 3.5ZM5 9a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z" clip-rule="evenodd" />
        </svg>
        <input
          id={props.id}
          type="search"
          class="field-input mt-0 pl-9"
          placeholder={props.placeholder}
          value={text()}
          onInput={(event) => {
            const value = event.currentTarget.value;
            setText(value);
            clearTimeout(timer);
            timer = setTimeout(() => apply(value), 300);
          }}
          data-testid={props.id}
        />
      </div>
    </form>
  );
}
