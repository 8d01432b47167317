import { createSignal, For, onCleanup, Show } from 'solid-js';
import { errorMessage } from '../../lib/api';

/** One choice: what is stored (`id`), what is shown (`name`) and a grey detail under it. */
export interface PickerOption {
  id: string;
  name: string;
  detail?: string | null;
}

interface SearchPickerProps {
  id: string;
  label: string;
  /** What the field is for, e.g. "customer" (screen-reader text on the clear button). */
  noun: string;
  placeholder: string;
  value: PickerOption | undefined;
  onChange: (option: PickerOption | undefined) => void;
  search: (text: string, signal: AbortSignal) => Promise<PickerOption[]>;
  /** What to say when nothing matches (`query` is blank for “nothing at all”). */
  emptyText: (query: string) => string;
  /**
   * The button that empties a chosen value. By default “Change”, which then puts the cursor
   * in the search box; a filter names it for what clearing means (“Any customer”).
   */
  clearLabel?: string;
  optional?: boolean;
  error?: string;
  disabled?: boolean;
  optionTestId?: string;
}

const SEARCH_DELAY_MS = 250;

/** Finds a record by typing (a combobox: arrows to move, Enter or a click to pick, Escape to close). */
export default function SearchPicker(props: SearchPickerProps) {
  const [query, setQuery] = createSignal('');
  const [options, setOptions] = createSignal<PickerOption[]>([]);
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  const [status, setStatus] = createSignal<'idle' | 'loading' | 'error'>('idle');
  const [failure, setFailure] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  let input: HTMLInputElement | undefined;
  onCleanup(() => {
    clearTimeout(timer);
    controller?.abort();
  });

  const search = async (text: string) => {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    setStatus('loading');
    try {
      const found = await props.search(text.trim(), current.signal);
      if (controller !== current) return;
      setOptions(found);
      setActive(0);
      setStatus('idle');
    } catch (error) {
      if (current.signal.aborted) return;
      setFailure(errorMessage(error));
      setStatus('error');
    }
  };

  const onInput = (text: string) => {
    setQuery(text);
    setOpen(true);
    clearTimeout(timer);
    timer = setTimeout(() => void search(text), SEARCH_DELAY_MS);
  };

  const choose = (option: PickerOption) => {
    props.onChange(option);
    setOpen(false);
    setQuery('');
  };

  const clear = () => {
    props.onChange(undefined);
    if (!props.clearLabel) queueMicrotask(() => input?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const list = options();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open()) {
        setOpen(true);
        void search(query());
      } else setActive(Math.min(active() + 1, list.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(active() - 1, 0));
    } else if (event.key === 'Enter' && open()) {
      event.preventDefault();
      const option = list[active()];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open()) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const listId = `${props.id}-options`;
  return (
    <div>
      <label for={props.id} class="field-label">
        {props.label}
        <Show when={props.optional}>
          <span class="font-normal text-slate-500"> (optional)</span>
        </Show>
      </label>
      <Show
        when={!props.value}
        fallback={
          <div class="mt-1 flex h-10 items-center justify-between gap-2 rounded-lg border border-slate-300 bg-slate-50 px-3 text-sm" data-testid={`${props.id}-chosen`}>
            <span class="truncate font-medium text-slate-900" data-testid={`${props.id}-selected`}>
              {props.value?.name}
            </span>
            <Show when={!props.disabled}>
              <button type="button" class="text-sm link" onClick={clear} data-testid={`${props.id}-clear`}>
                <Show when={props.clearLabel} fallback={<>Change<span class="sr-only"> {props.noun}</span></>}>
                  {props.clearLabel}
                </Show>
              </button>
            </Show>
          </div>
        }
      >
        <div class="relative">
          <input
            ref={input}
            id={props.id}
            type="search"
            role="combobox"
            class="field-input h-10"
            placeholder={props.placeholder}
            autocomplete="off"
            aria-expanded={open()}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open() && options()[active()] ? `${listId}-${active()}` : undefined}
            aria-invalid={Boolean(props.error)}
            aria-describedby={props.error ? `${props.id}-error` : undefined}
            disabled={props.disabled}
            value={query()}
            onInput={(event) => onInput(event.currentTarget.value)}
            onFocus={() => {
              setOpen(true);
              void search(query());
            }}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onKeyDown={onKeyDown}
            data-testid={props.id}
          />
          <Show when={open()}>
            <ul id={listId} role="listbox" class="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg" data-testid={listId}>
              <Show when={status() === 'loading' && options().length === 0}>
                <li class="px-3 py-2 text-slate-500">Searching…</li>
              </Show>
              <Show when={status() === 'error'}>
                <li class="px-3 py-2 text-red-700">{failure()}</li>
              </Show>
              <Show when={status() === 'idle' && options().length === 0}>
                <li class="px-3 py-2 text-slate-500">{props.emptyText(query().trim())}</li>
              </Show>
              <For each={options()}>
                {(option, index) => (
                  <li
                    id={`${listId}-${index()}`}
                    role="option"
                    aria-selected={index() === active()}
                    class={`cursor-pointer px-3 py-2 ${index() === active() ? 'bg-brand-50 text-brand-800' : 'text-slate-800'}`}
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(option);
                    }}
                    onMouseEnter={() => setActive(index())}
                    data-testid={props.optionTestId ?? `${props.id}-option`}
                  >
                    <div class="font-medium">{option.name}</div>
                    <Show when={option.detail}>
                      <div class="truncate text-xs text-slate-500">{option.detail}</div>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field-error" data-testid={`field-error-${props.id}`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
