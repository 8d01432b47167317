import { For, Index, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { blankLine, draftTotalCents, type DraftLine, type LineErrors } from './lineDrafts';
import { formatCents } from '../../../lib/format';
import { LINE_ITEM_TYPES, LINE_TYPE_LABELS } from '../../../lib/types/bids';

interface LineItemsEditorProps {
  /** A store array: lines keep their identity when moved, so the inputs keep focus. */
  lines: DraftLine[];
  setLines: SetStoreFunction<DraftLine[]>;
  errors: LineErrors;
  disabled?: boolean;
}

const cell = 'field-input mt-0 h-10';

/**
 * The line items of a bid or an invoice: description, quantity, unit, unit price and type,
 * with each line's total computed as you type; lines can be added, removed and moved.
 */
export default function LineItemsEditor(props: LineItemsEditorProps) {
  const update = (key: number, field: Exclude<keyof DraftLine, 'key'>, value: string) =>
    props.setLines((line) => line.key === key, field, value as never);

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= props.lines.length) return;
    const next = [...props.lines];
    [next[index], next[target]] = [next[target]!, next[index]!];
    props.setLines(next);
    // Keep the keyboard on the moved line's button.
    queueMicrotask(() => document.querySelector<HTMLButtonElement>(`[data-line-key="${next[target]!.key}"] [data-move="${by}"]`)?.focus());
  };

  const remove = (key: number) => props.setLines(props.lines.filter((line) => line.key !== key));

  const add = () => {
    const line = blankLine(props.lines.at(-1)?.type ?? 'labor');
    props.setLines([...props.lines, line]);
    queueMicrotask(() => document.querySelector<HTMLInputElement>(`[data-line-key="${line.key}"] input`)?.focus());
  };

  const error = (key: number, field: string) => props.errors[`${key}.${field}`];

  return (
    <div data-testid="line-items">
      <div class="hidden grid-cols-12 gap-2 px-1 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase md:grid" aria-hidden="true">
        <span class="col-span-4">Description</span>
        <span class="col-span-1">Qty</span>
        <span class="col-span-1">Unit</span>
        <span class="col-span-2">Unit price</span>
        <span class="col-span-2">Type</span>
        <span class="col-span-1 text-right">Total</span>
      </div>
      <ol class="space-y-3 md:space-y-2">
        <For each={props.lines}>
          {(line, index) => {
            const label = (what: string) => `Line ${index() + 1} ${what}`;
            const total = () => draftTotalCents(line);
            return (
              <li
                class="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 p-3 md:grid-cols-12 md:items-start md:border-0 md:p-1"
                data-testid="line-row"
                data-line-key={line.key}
              >
                <LineInput class="col-span-2 md:col-span-4" label={label('description')} short="Description" value={line.description} error={error(line.key, 'description')} disabled={props.disabled} maxLength={500} onValue={(v) => update(line.key, 'description', v)} testId="line-description" />
                <LineInput class="md:col-span-1" label={label('quantity')} short="Qty" value={line.quantity} error={error(line.key, 'quantity')} disabled={props.disabled} inputMode="decimal" onValue={(v) => update(line.key, 'quantity', v)} testId="line-quantity" />
                <LineInput class="md:col-span-1" label={label('unit')} short="Unit" value={line.unit} error={error(line.key, 'unit')} disabled={props.disabled} maxLength={20} placeholder="hr, ea" onValue={(v) => update(line.key, 'unit', v)} testId="line-unit" />
                <LineInput class="md:col-span-2" label={label('unit price')} short="Unit price ($)" value={line.price} error={error(line.key, 'price')} disabled={props.disabled} inputMode="decimal" placeholder="0.00" onValue={(v) => update(line.key, 'price', v)} testId="line-price" />
                <label class="block md:col-span-2">
                  <span class="text-xs font-medium text-slate-600 md:sr-only">
                    Type<span class="sr-only"> of line {index() + 1}</span>
                  </span>
                  <select class={cell} value={line.type} disabled={props.disabled} onChange={(event) => update(line.key, 'type', event.currentTarget.value)} data-testid="line-type">
                    <Index each={LINE_ITEM_TYPES}>{(type) => <option value={type()}>{LINE_TYPE_LABELS[type()]}</option>}</Index>
                  </select>
                </label>
                <div class="flex items-center gap-2 md:col-span-1 md:block md:pt-2.5 md:text-right">
                  <span class="text-xs font-medium text-slate-600 md:hidden">Line total</span>
                  <span class="text-sm font-medium text-slate-900 tabular-nums" data-testid="line-total" aria-label={label('total')}>
                    {total() == null ? '—' : formatCents(total())}
                  </span>
                </div>
                <div class="flex justify-end gap-1 md:col-span-1 md:pt-1">
                  <Show when={!props.disabled}>
                    <IconButton label={`Move line ${index() + 1} up`} disabled={index() === 0} onClick={() => move(index(), -1)} move={-1} testId="line-up" path="M10 15V5m0 0-4 4m4-4 4 4" />
                    <IconButton label={`Move line ${index() + 1} down`} disabled={index() === props.lines.length - 1} onClick={() => move(index(), 1)} move={1} testId="line-down" path="M10 5v10m0 0-4-4m4 4 4-4" />
                    <IconButton label={`Remove line ${index() + 1}`} disabled={props.lines.length === 1} onClick={() => remove(line.key)} testId="line-remove" path="M6 6l8 8M14 6l-8 8" danger />
                  </Show>
                </div>
              </li>
            );
          }}
        </For>
      </ol>
      <Show when={!props.disabled}>
        <button type="button" class="btn-secondary mt-3" onClick={add} data-testid="line-add">
          <svg viewBox="0 0 20 20" class="size-4" fill="currentColor" aria-hidden="true">
            <path d="M10 4a1 1 0 0 1 1 1v4h4a1 1 0 1 1 0 2h-4v4a1 1 0 1 1-2 0v-4H5a1 1 0 1 1 0-2h4V5a1 1 0 0 1 1-1Z" />
          </svg>
          Add line
        </button>
      </Show>
    </div>
  );
}

function LineInput(props: {
  class: string;
  label: string;
  short: string;
  value: string;
  error?: string;
  disabled?: boolean;
  maxLength?: number;
  placeholder?: string;
  inputMode?: 'decimal';
  onValue: (value: string) => void;
  testId: string;
}) {
  return (
    <label class={`block ${props.class}`}>
      <span class="text-xs font-medium text-slate-600 md:sr-only">
        <span aria-hidden="true" class="md:hidden">{props.short}</span>
        <span class="sr-only">{props.label}</span>
      </span>
      <input
        class={cell}
        value={props.value}
        disabled={props.disabled}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        autocomplete="off"
        aria-invalid={Boolean(props.error)}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        data-testid={props.testId}
      />
      <Show when={props.error}>
        <span class="mt-1 block text-xs text-red-600" data-testid={`${props.testId}-error`}>
          {props.error}
        </span>
      </Show>
    </label>
  );
}

function IconButton(props: { label: string; disabled?: boolean; onClick: () => void; path: string; testId: string; danger?: boolean; move?: -1 | 1 }) {
  return (
    <button
      type="button"
      class={`btn-ghost size-9 p-0 ${props.danger ? 'hover:bg-red-50 hover:text-red-700' : ''}`}
      disabled={props.disabled}
      onClick={() => props.onClick()}
      aria-label={props.label}
      title={props.label}
      data-move={props.move}
      data-testid={props.testId}
    >
      <svg viewBox="0 0 20 20" class="size-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
        <path d={props.path} />
      </svg>
    </button>
  );
}
