import { createSignal, Match, Show, Switch } from 'solid-js';
import ZLink from './ZLink';
import type { ZTurn } from './zThread';
import { ApiError, errorMessage } from '../../lib/api';
import { cancelIntent, confirmIntent, type ZPendingIntent } from '../../lib/zChat';
import { formatDateTime } from '../../lib/format';

interface IntentCardProps {
  intent: ZPendingIntent;
  state: NonNullable<ZTurn['intent']>;
  onChange: (state: NonNullable<ZTurn['intent']>) => void;
}

/**
 * A change Z proposed (“Create customer Jane Parker”), which happens only when the user
 * presses Confirm; Cancel discards it. Shows the outcome, or why it failed.
 */
export default function IntentCard(props: IntentCardProps) {
  const [busy, setBusy] = createSignal<'confirm' | 'cancel'>();
  const [error, setError] = createSignal('');

  const act = async (kind: 'confirm' | 'cancel') => {
    setBusy(kind);
    setError('');
    try {
      const outcome = kind === 'confirm' ? await confirmIntent(props.intent.id) : await cancelIntent(props.intent.id);
      props.onChange({ status: outcome.status, outcome });
    } catch (cause) {
      // 409: it was already carried out, cancelled or it expired; asking again will not change that.
      if (cause instanceof ApiError && cause.status === 409) props.onChange({ status: 'closed', message: cause.message });
      else setError(errorMessage(cause));
    }
    setBusy(undefined);
  };

  return (
    <div class="rounded-lg border border-brand-200 bg-brand-50 p-3 text-sm" data-testid="z-intent" data-status={props.state.status}>
      <p class="text-xs font-semibold tracking-wide text-brand-800 uppercase">Z wants to make a change</p>
      <p class="mt-1 font-medium text-slate-900" data-testid="z-intent-summary">
        {props.intent.summary}
      </p>
      <Switch>
        <Match when={props.state.status === 'pending'}>
          <p class="mt-1 text-xs text-slate-600">
            Nothing is saved until you confirm.
            <Show when={props.intent.expiresAt}>{(expiresAt) => <> Expires {formatDateTime(expiresAt())}.</>}</Show>
          </p>
          <Show when={error()}>
            <p role="alert" class="mt-2 rounded-md border border-red-200 bg-red-50 px-2.5 py-1.5 text-red-700" data-testid="z-intent-error">
              {error()}
            </p>
          </Show>
          <div class="mt-3 flex gap-2">
            <button type="button" class="btn-primary py-1.5" disabled={busy() !== undefined} onClick={() => void act('confirm')} data-testid="z-intent-confirm">
              {busy() === 'confirm' ? 'Confirming…' : 'Confirm'}
            </button>
            <button type="button" class="btn-secondary py-1.5" disabled={busy() !== undefined} onClick={() => void act('cancel')} data-testid="z-intent-cancel">
              {busy() === 'cancel' ? 'Cancelling…' : 'Cancel'}
            </button>
          </div>
        </Match>
        <Match when={props.state.status === 'executed'}>
          <p class="mt-2 text-emerald-800" role="status" data-testid="z-intent-result">
            {props.state.outcome?.result?.message ?? 'Done.'}{' '}
            <Show when={props.state.outcome?.result?.href}>
              {(href) => (
                <ZLink href={href()} class="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800" testId="z-intent-link">
                  Open it
                </ZLink>
              )}
            </Show>
          </p>
        </Match>
        <Match when={props.state.status === 'cancelled'}>
          <p class="mt-2 text-slate-600" role="status" data-testid="z-intent-result">
            Cancelled. Nothing was changed.
          </p>
        </Match>
        <Match when={props.state.status === 'closed'}>
          <p class="mt-2 text-slate-700" role="status" data-testid="z-intent-result">
            {props.state.message} Ask Z again if you still want this change.
          </p>
        </Match>
      </Switch>
    </div>
  );
}
