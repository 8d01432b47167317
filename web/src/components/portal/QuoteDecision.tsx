import { createSignal, Show } from 'solid-js';
import { api, ApiError, errorMessage } from '../../lib/api';
import { formatCents } from '../../lib/format';
import type { PortalQuote } from '../../lib/portalTypes';

const MIN_NAME = 2;
const MAX_NAME = 120;
const MAX_REASON = 1000;

interface QuoteDecisionProps {
  quote: PortalQuote;
  /** The quote as the server stored the decision. */
  onDecided: (quote: PortalQuote) => void;
  /** The quote changed, expired or was decided elsewhere: load it again. */
  onStale: () => void;
}

/**
 * Approving a quote with a typed-name signature and an explicit “I agree”, or declining it with
 * a reason. Both send the `contentHash` of the version on screen, so a quote the contractor
 * changed in the meantime is refused rather than signed unseen.
 */
export default function QuoteDecision(props: QuoteDecisionProps) {
  const [mode, setMode] = createSignal<'approve' | 'decline'>('approve');
  const [name, setName] = createSignal('');
  const [agreed, setAgreed] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const [errors, setErrors] = createSignal<{ name?: string; agree?: string; reason?: string }>({});
  const [failure, setFailure] = createSignal<{ message: string; stale: boolean }>();
  const [busy, setBusy] = createSignal(false);

  const decide = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const approving = mode() === 'approve';
    const found: { name?: string; agree?: string; reason?: string } = {};
    if (approving) {
      const signedName = name().trim();
      if (signedName.length < MIN_NAME) found.name = 'Type your full name to sign.';
      else if (signedName.length > MAX_NAME) found.name = `Keep your name under ${MAX_NAME} characters.`;
      if (!agreed()) found.agree = 'Tick the box to confirm you agree.';
    } else if (!reason().trim()) found.reason = 'Tell your contractor why, so they can follow up.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    setBusy(true);
    setFailure(undefined);
    try {
      const body = approving ? { signedName: name().trim(), contentHash: props.quote.contentHash } : { reason: reason().trim(), contentHash: props.quote.contentHash };
      const decided = await api<PortalQuote>(`/portal/quotes/${encodeURIComponent(props.quote.id)}/${approving ? 'accept' : 'decline'}`, { method: 'POST', body });
      props.onDecided(decided);
    } catch (cause) {
      // 409 (changed or already decided) and 410 (expired): the quote on screen is out of date.
      const stale = cause instanceof ApiError && (cause.status === 409 || cause.status === 410);
      setFailure({ message: errorMessage(cause), stale });
    }
    setBusy(false);
  };

  return (
    <section class="card p-5" aria-labelledby="quote-decide-heading" data-testid="quote-decide">
      <h2 id="quote-decide-heading" class="text-base font-semibold text-slate-900">
        Your decision
      </h2>
      <div class="mt-3 inline-flex rounded-lg border border-slate-300 p-0.5" role="group" aria-label="Approve or decline">
        <button
          type="button"
          class={`rounded-md px-3 py-1.5 text-sm font-medium ${mode() === 'approve' ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
          aria-pressed={mode() === 'approve'}
          onClick={() => setMode('approve')}
          data-testid="quote-mode-approve"
        >
          Approve
        </button>
        <button
          type="button"
          class={`rounded-md px-3 py-1.5 text-sm font-medium ${mode() === 'decline' ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
          aria-pressed={mode() === 'decline'}
          onClick={() => setMode('decline')}
          data-testid="quote-mode-decline"
        >
          Decline
        </button>
      </div>

      <form class="mt-4 space-y-4" novalidate onSubmit={(event) => void decide(event)} aria-busy={busy()} data-testid={`quote-${mode()}-form`}>
        <Show
          when={mode() === 'approve'}
          fallback={
            <div>
              <label for="quote-decline-reason" class="field-label">
                Why are you declining?
              </label>
              <textarea
                id="quote-decline-reason"
                class="field-input min-h-24 resize-y text-base sm:text-sm"
                maxLength={MAX_REASON}
                value={reason()}
                onInput={(event) => {
                  setReason(event.currentTarget.value);
                  setErrors({});
                }}
                aria-invalid={Boolean(errors().reason)}
                aria-describedby={errors().reason ? 'quote-decline-reason-error' : 'quote-decline-reason-hint'}
                data-testid="quote-decline-reason"
              />
              <Show when={errors().reason} fallback={<p id="quote-decline-reason-hint" class="mt-1 text-xs text-slate-500">Your contractor sees this and may follow up with a different option.</p>}>
                <p id="quote-decline-reason-error" class="field-error">
                  {errors().reason}
                </p>
              </Show>
            </div>
          }
        >
          <div>
            <label for="quote-signed-name" class="field-label">
              Type your full name to sign
            </label>
            <input
              id="quote-signed-name"
              class="field-input h-12 font-serif text-lg italic"
              autocomplete="name"
              maxLength={MAX_NAME}
              value={name()}
              onInput={(event) => {
                setName(event.currentTarget.value);
                setErrors({ ...errors(), name: undefined });
              }}
              aria-invalid={Boolean(errors().name)}
              aria-describedby={errors().name ? 'quote-signed-name-error' : undefined}
              data-testid="quote-signed-name"
            />
            <Show when={errors().name}>
              <p id="quote-signed-name-error" class="field-error">
                {errors().name}
              </p>
            </Show>
          </div>
          <div>
            <label class="flex items-start gap-3 text-sm text-slate-700">
              <input
                type="checkbox"
                class="mt-0.5 size-5 shrink-0 accent-brand-600"
                checked={agreed()}
                onChange={(event) => {
                  setAgreed(event.currentTarget.checked);
                  setErrors({ ...errors(), agree: undefined });
                }}
                aria-invalid={Boolean(errors().agree)}
                aria-describedby={errors().agree ? 'quote-agree-error' : undefined}
                data-testid="quote-agree"
              />
              <span>
                I agree to quote {props.quote.number} from {props.quote.company.name} for <span class="font-semibold">{formatCents(props.quote.totalCents)}</span> as shown above. Typing my
                name is my signature; the time and my device’s address are recorded with it.
              </span>
            </label>
            <Show when={errors().agree}>
              <p id="quote-agree-error" class="field-error">
                {errors().agree}
              </p>
            </Show>
          </div>
        </Show>

        <Show when={failure()}>
          {(current) => (
            <div role="alert" class="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="quote-decide-error">
              <p>{current().message}</p>
              <Show when={current().stale}>
                <button
                  type="button"
                  class="btn-secondary mt-2 py-1.5"
                  onClick={() => {
                    setFailure(undefined);
                    props.onStale();
                  }}
                  data-testid="quote-reload"
                >
                  Show the current version
                </button>
              </Show>
            </div>
          )}
        </Show>

        <button type="submit" class={`${mode() === 'approve' ? 'btn-primary' : 'btn-danger'} w-full py-3 text-base sm:w-auto sm:py-2 sm:text-sm`} disabled={busy()} data-testid={`quote-${mode()}`}>
          {busy() ? (mode() === 'approve' ? 'Signing…' : 'Declining…') : mode() === 'approve' ? 'Approve and sign' : 'Decline quote'}
        </button>
      </form>
    </section>
  );
}
