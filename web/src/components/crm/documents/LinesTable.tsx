import { For } from 'solid-js';
import { formatCents } from '../../../lib/format';
import { LINE_TYPE_LABELS, type LineItem } from '../../../lib/types/bids';

/** The saved lines of a bid or invoice, as the server priced them. */
export default function LinesTable(props: { lines: LineItem[] }) {
  return (
    <div class="overflow-x-auto">
      <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="lines-table">
        <caption class="sr-only">Line items</caption>
        <thead class="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" class="py-2 pr-3">Description</th>
            <th scope="col" class="hidden px-3 py-2 sm:table-cell">Type</th>
            <th scope="col" class="px-3 py-2 text-right">Qty</th>
            <th scope="col" class="hidden px-3 py-2 text-right sm:table-cell">Unit price</th>
            <th scope="col" class="py-2 pl-3 text-right">Total</th>
          </tr>
        </thead>
        <tbody class="divide-y divide-slate-100">
          <For each={[...props.lines].sort((a, b) => a.position - b.position)}>
            {(line) => (
              <tr class="align-top" data-testid="saved-line">
                <td class="py-2.5 pr-3 break-words text-slate-900">
                  {line.description}
                  <div class="text-xs text-slate-500 sm:hidden">
                    {LINE_TYPE_LABELS[line.type]} · {formatCents(line.unitPriceCents)}
                    {line.unit ? ` / ${line.unit}` : ''}
                  </div>
                </td>
                <td class="hidden px-3 py-2.5 text-slate-600 sm:table-cell">{LINE_TYPE_LABELS[line.type]}</td>
                <td class="px-3 py-2.5 text-right whitespace-nowrap tabular-nums">
                  {line.quantity}
                  {line.unit ? ` ${line.unit}` : ''}
                </td>
                <td class="hidden px-3 py-2.5 text-right whitespace-nowrap tabular-nums sm:table-cell">{formatCents(line.unitPriceCents)}</td>
                <td class="py-2.5 pl-3 text-right font-medium whitespace-nowrap tabular-nums">{formatCents(line.totalCents)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
