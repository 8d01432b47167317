import { Show } from 'solid-js';
import { documentPaths, type DocumentNoun } from './paths';
import type { SavedDocument } from '../../../lib/types/bids';

/** A draft's buttons: edit it, confirm Z's draft was checked, send it by email, or mark it sent by hand. */
export default function DraftActions(props: { noun: DocumentNoun; document: SavedDocument; needsReview: boolean; onPick: (action: 'review' | 'send' | 'mark_sent') => void }) {
  return (
    <>
      <a class="btn-secondary" href={documentPaths(props.noun).edit(props.document.id)} data-testid={`${props.noun}-edit`}>
        Edit
      </a>
      <Show when={props.needsReview}>
        <button type="button" class="btn-primary" onClick={() => props.onPick('review')} data-testid={`${props.noun}-review`}>
          Mark reviewed
        </button>
      </Show>
      <button type="button" class={props.needsReview ? 'btn-secondary' : 'btn-primary'} onClick={() => props.onPick('send')} data-testid={`${props.noun}-send`}>
        Send by email
      </button>
      <button type="button" class="btn-secondary" onClick={() => props.onPick('mark_sent')} data-testid={`${props.noun}-mark-sent`}>
        Mark as sent
      </button>
    </>
  );
}
