import { Show } from 'solid-js';
import { decisionWhen, portalDecision, type DecidedBid } from './decision';

/**
 * The homeowner's own answer to a quote, from the client portal: who signed, when and from
 * where, or why they declined. Bids the team marked by hand say so in the details instead.
 */
export default function BidDecisionNote(props: { bid: DecidedBid }) {
  const accepted = () => props.bid.status === 'accepted';
  return (
    <Show when={portalDecision(props.bid)}>
      {(decision) => (
        <div
          role="note"
          class={`mt-4 flex gap-3 rounded-lg border px-4 py-3 text-sm ${accepted() ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-red-200 bg-red-50 text-red-900'}`}
          data-testid="bid-decision"
          data-decision={props.bid.status}
        >
          <svg viewBox="0 0 20 20" class="mt-0.5 size-5 shrink-0" fill="currentColor" aria-hidden="true">
            <path
              fill-rule="evenodd"
              d={
                accepted()
                  ? 'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-10.14a.75.75 0 0 0-1.22-.88l-3.24 4.5-1.6-1.6a.75.75 0 1 0-1.06 1.06l2.22 2.22a.75.75 0 0 0 1.14-.09l3.76-5.21Z'
                  : 'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM8.28 7.22a.75.75 0 0 0-1.06 1.06L8.94 10l-1.72 1.72a.75.75 0 1 0 1.06 1.06L10 11.06l1.72 1.72a.75.75 0 1 0 1.06-1.06L11.06 10l1.72-1.72a.75.75 0 0 0-1.06-1.06L10 8.94 8.28 7.22Z'
              }
              clip-rule="evenodd"
            />
          </svg>
          <Show
            when={accepted()}
            fallback={
              <p>
                <span class="font-semibold">Declined in the client portal</span>
                {decision().signedAt ? ` on ${decisionWhen(decision().signedAt ?? '')}` : ''}
                {decision().declineReason ? ': ' : '.'}
                <Show when={decision().declineReason}>
                  <span data-testid="bid-decision-reason">“{decision().declineReason}”</span>
                </Show>
              </p>
            }
          >
            <p>
              <span class="font-semibold">Accepted in the client portal</span> by{' '}
              <span class="font-semibold" data-testid="bid-decision-signer">
                {decision().signedName ?? 'the customer'}
              </span>
              {decision().signedAt ? ` on ${decisionWhen(decision().signedAt ?? '')}` : ''}
              <Show when={decision().signedIp}>
                <span class="text-emerald-800"> (IP {decision().signedIp})</span>
              </Show>
              . Their typed name is their signature on this version of the quote.
            </p>
          </Show>
        </div>
      )}
    </Show>
  );
}
