import { Show, type JSX } from 'solid-js';
import AiBadge from './AiBadge';
import type { DocumentNoun } from './paths';
import StatusBadge from '../StatusBadge';
import type { SavedDocument } from '../../../lib/types/bids';

interface DocumentHeadingProps {
  noun: DocumentNoun;
  document: SavedDocument;
  /** The status to show (an invoice shows `overdue`, which it does not store). */
  status: string;
  statusLabel: string;
  /** The line under the number: what it is and for whom. */
  children: JSX.Element;
  /** Beside the heading on the right (an invoice's balance due). */
  side?: JSX.Element;
}

/** A bid's or invoice's number, status and “drafted by Z” mark, with a line about it. */
export default function DocumentHeading(props: DocumentHeadingProps) {
  return (
    <div class="mt-3 flex flex-wrap items-start justify-between gap-4">
      <div class="min-w-0">
        <div class="flex flex-wrap items-center gap-2">
          <h1 id={`${props.noun}-heading`} class="text-2xl font-bold tracking-tight text-slate-900" data-testid={`${props.noun}-number`}>
            {props.document.number}
          </h1>
          <StatusBadge status={props.status} label={props.statusLabel} testId={`${props.noun}-status`} />
          <Show when={props.document.createdByAi}>
            <AiBadge reviewed={Boolean(props.document.reviewedBy)} />
          </Show>
        </div>
        <p class="mt-1 text-sm text-slate-600">{props.children}</p>
      </div>
      {props.side}
    </div>
  );
}
