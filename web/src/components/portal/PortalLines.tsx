import { For, Show } from 'solid-js';
import { TotalsTable } from '../crm/documents/TotalsEditor';
import { formatCents } from '../../lib/format';
import type { PortalLine, PortalTotals } from '../../lib/portalTypes';

/** A quote's or invoice's lines and totals, as the contractor priced them. */
export default function PortalLines(props: { lines: PortalLine[]; totals: PortalTotals; testPrefix: string }) {
  return (
    <div>
      <Show when={props.lines.length > 0} fallback={<p class="text-sm text-slate-600">No line items.</p>}>
        <div class="overflow-x-auto">
          <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid={`${props.testPrefix}-lines`}>
            <caption class="sr-only">Line items</caption>
            <thead class="text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" class="py-2 pr-3">Item</th>
                <th scope="col" class="px-3 py-2 text-right">Qty</th>
                <th scope="col" class="hidden px-3 py-2 text-right sm:table-cell">Price</th>
                <th scope="col" class="py-2 pl-3 text-right">Amount</th>
              </tr>
            </thead>
            <tbody class="divide-y divide-slate-100">
              <For each={props.lines}>
                {(line) => (
                  <tr class="align-top" data-testid={`${props.testPrefix}-line`}>
                    <td class="py-2.5 pr-3 break-words text-slate-900">
                      {line.description}
                      <div class="text-xs text-slate-500 sm:hidden">
                        {formatCents(line.unitPriceCents)}
                        {line.unit ? ` / ${line.unit}` : ' each'}
                      </div>
                    </td>
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
      </Show>
      <div class="mt-4 flex justify-end border-t border-slate-200 pt-4">
        <TotalsTable totals={props.totals} testPrefix={props.testPrefix} />
      </div>
    </div>
  );
}
