import { createSignal, For, onCleanup, Show } from 'solid-js';
import { api, errorMessage } from '../../../lib/api';
import type { Customer, Paged } from '../../../lib/types';

export type CustomerChoice = { id: string; name: string };

interface CustomerComboboxProps {
  id: string;
  label: string;
  value: CustomerChoice | undefined;
  onChange: (customer: CustomerChoice | undefined) => void;
  error?: string;
  optional?: boolean;
  /** Shown on the clear button when a customer is chosen. */
  clearLabel?: string;
}

const DELAY_MS = 250;

/** Finds a customer by name, email or phone: type, then arrows and Enter (or a click); Escape closes. */
export default function CustomerCombobox(props: CustomerComboboxProps) {
  const [query, setQuery] = createSignal('');
  const [options, setOptions] = createSignal<Customer[]>([]);
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  const [state, setState] = createSignal<'idle' | 'loading' | 'error'>('idle');
  const [failure, setFailure] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  onCleanup(() => {
    clearTimeout(timer);
    controller?.abort();
  });

  const search = async (text: string) => {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    setState('loading');
    try {
      const page = await api<Paged<Customer>>('/customers', { query: { search: text.trim(), pageSize: 8 }, signal: current.signal });
      setOptions(page.data);
      setActive(0);
      setState('idle');
    } catch (error) {
      if (current.signal.aborted) return;
      setFailure(errorMessage(error));
      setState('error');
    }
  };
  const onInput = (text: string) => {
    setQuery(text);
    setOpen(true);
    clearTimeout(timer);
    timer = setTimeout(() => void search(text), DELAY_MS);
  };
  const choose = (customer: Customer) => {
    props.onChange({ id: customer.id, name: customer.name });
    setOpen(false);
    setQuery('');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open()) {
        setOpen(true);
        void search(query());
      } else setActive(Math.min(active() + 1, options().length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(active() - 1, 0));
    } else if (event.key === 'Enter' && open()) {
      event.preventDefault();
      const option = options()[active()];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open()) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div>
      <label for={props.id} class="field-label">
        {props.label}
        <Show when={props.optional}>
          <span class="font-normal text-slate-500"> (optional)</span>
        </Show>
      </label>
      <Show
        when={props.value}
        fallback={
          <div class="relative">
            <input
              id={props.id}
              type="text"
              role="combobox"
              autocomplete="off"
              class="field-input h-10"
              placeholder="Search by name, email or phone"
              aria-expanded={open()}
              aria-controls={`${props.id}-options`}
              aria-activedescendant={open() && options()[active()] ? `${props.id}-option-${active()}` : undefined}
              aria-invalid={Boolean(props.error)}
              aria-describedby={props.error ? `${props.id}-error` : undefined}
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
              <ul id={`${props.id}-options`} role="listbox" class="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg">
                <Show when={state() === 'loading' && options().length === 0}>
                  <li class="px-3 py-2 text-slate-500">Searching…</li>
                </Show>
                <Show when={state() === 'error'}>
                  <li class="px-3 py-2 text-red-600">{failure()}</li>
                </Show>
                <Show when={state() === 'idle' && options().length === 0}>
                  <li class="px-3 py-2 text-slate-500">No customers match. Add them on the Customers page first.</li>
                </Show>
                <For each={options()}>
                  {(customer, index) => (
                    <li
                      id={`${props.id}-option-${index()}`}
                      role="option"
                      aria-selected={index() === active()}
                      class={`cursor-pointer px-3 py-2 ${index() === active() ? 'bg-brand-50 text-brand-800' : 'text-slate-800'}`}
                      onMouseDown={(event) => {
                        event.preventDefault();
                        choose(customer);
                      }}
                      onMouseEnter={() => setActive(index())}
                      data-testid="customer-option"
                    >
                      <div class="font-medium">{customer.name}</div>
                      <Show when={customer.email || customer.address}>
                        <div class="truncate text-xs text-slate-500">{customer.address ?? customer.email}</div>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </div>
        }
      >
        {(chosen) => (
          <div class="mt-1 flex h-10 items-center justify-between gap-2 rounded-lg border border-slate-300 bg-slate-50 px-3 text-sm" data-testid={`${props.id}-chosen`}>
            <span class="truncate font-medium text-slate-900">{chosen().name}</span>
            <button type="button" class="text-xs font-medium text-brand-700 hover:underline" onClick={() => props.onChange(undefined)} data-testid={`${props.id}-clear`}>
              {props.clearLabel ?? 'Change'}
            </button>
          </div>
        )}
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field-error" data-testid={`field-error-${props.id}`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
