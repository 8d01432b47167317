import { Show } from 'solid-js';
import LinesTable from './LinesTable';
import type { DocumentNoun } from './paths';
import { TotalsTable } from './TotalsEditor';
import type { SavedDocument } from '../../../lib/types/bids';

/** A saved document's lines, totals and notes, as the server priced them. */
export default function DocumentLinesCard(props: { noun: DocumentNoun; document: SavedDocument; emptyText: string }) {
  return (
    <div class="card p-5 lg:col-span-2">
      <h2 class="mb-2 text-base font-semibold text-slate-900">Line items</h2>
      <Show when={props.document.lines.length > 0} fallback={<p class="text-sm text-slate-600">{props.emptyText}</p>}>
        <LinesTable lines={props.document.lines} />
      </Show>
      <div class="mt-4 flex justify-end border-t border-slate-200 pt-4">
        <TotalsTable totals={props.document} testPrefix={props.noun} />
      </div>
      <Show when={props.document.notes}>
        <h3 class="mt-6 text-sm font-semibold text-slate-900">Notes</h3>
        <p class="mt-1 text-sm whitespace-pre-line text-slate-700">{props.document.notes}</p>
      </Show>
    </div>
  );
}
