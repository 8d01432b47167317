import { createMemo, For, Show } from 'solid-js';
import Thumb from './Thumb';
import type { AiUsage } from '../../../lib/ops';
import { formatCount, formatShare } from '../../../lib/opsFormat';
import { humanize } from '../../../lib/format';
import { tradeLabel } from '../../../lib/types';

type Row = AiUsage['feedback'][number];

const rateOf = (row: Row) => row.positiveRate ?? (row.positive + row.negative > 0 ? row.positive / (row.positive + row.negative) : null);

/** Thumbs up and down per trade and topic, the weakest first, with the split drawn as a bar. */
export default function FeedbackTable(props: { rows: Row[] }) {
  const sorted = createMemo(() => [...props.rows].sort((a, b) => (rateOf(a) ?? 2) - (rateOf(b) ?? 2) || b.negative - a.negative));
  return (
    <Show when={props.rows.length > 0} fallback={<p class="text-sm text-slate-500">Nobody rated an answer in this period.</p>}>
      <div class="relative overflow-x-auto">
        <table class="min-w-full text-sm" data-testid="ai-feedback-table">
          <caption class="sr-only">Thumbs up and down by trade and topic</caption>
          <thead class="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" class="py-2 pr-3">Trade</th>
              <th scope="col" class="py-2 pr-3">Topic</th>
              <th scope="col" class="py-2 pr-3 text-right">
                <Thumb direction="up" class="text-emerald-600" />
              </th>
              <th scope="col" class="py-2 pr-3 text-right">
                <Thumb direction="down" class="text-red-500" />
              </th>
              <th scope="col" class="w-1/3 py-2">Positive rate</th>
            </tr>
          </thead>
          <tbody class="divide-y divide-slate-100">
            <For each={sorted()}>
              {(row) => (
                <tr data-testid="ai-feedback-row">
                  <td class="py-2 pr-3 text-slate-800">{row.trade ? tradeLabel(row.trade) : 'Any trade'}</td>
                  <td class="py-2 pr-3 text-slate-700">{row.topic ? humanize(row.topic) : 'General'}</td>
                  <td class="py-2 pr-3 text-right tabular-nums">{formatCount(row.positive)}</td>
                  <td class="py-2 pr-3 text-right tabular-nums">{formatCount(row.negative)}</td>
                  <td class="py-2">
                    <div class="flex items-center gap-2">
                      <div class="flex h-2 flex-1 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                        <div class="h-2 bg-emerald-500" style={{ width: `${(rateOf(row) ?? 0) * 100}%` }} />
                        <div class="h-2 bg-red-400" style={{ width: `${rateOf(row) == null ? 0 : (1 - rateOf(row)!) * 100}%` }} />
                      </div>
                      <span class="w-10 text-right text-xs font-medium tabular-nums">{formatShare(rateOf(row))}</span>
                    </div>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
