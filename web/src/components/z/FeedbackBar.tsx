import { createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import CorrectionForm from './CorrectionForm';
import type { ZTurn } from './zThread';
import { errorMessage } from '../../lib/api';
import { sendFeedback, type FeedbackCategory } from '../../lib/zChat';

const CATEGORIES: ReadonlyArray<{ value: FeedbackCategory; label: string }> = [
  { value: 'inaccurate', label: 'Inaccurate' },
  { value: 'irrelevant', label: 'Irrelevant' },
  { value: 'unclear', label: 'Unclear' },
  { value: 'other', label: 'Other' },
];

// 👍 👎 ✏️ drawn as icons: emoji fonts are missing on some machines and render as empty boxes.
const THUMB_UP = ['M7 10v12', 'M15 5.88 14 10h5.83a2 2 0 0 1 1.92 2.56l-2.33 8A2 2 0 0 1 17.5 22H4a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2h2.76a2 2 0 0 0 1.79-1.11L12 2a3.13 3.13 0 0 1 3 3.88Z'];
const THUMB_DOWN = ['M17 14V2', 'M9 18.12 10 14H4.17a2 2 0 0 1-1.92-2.56l2.33-8A2 2 0 0 1 6.5 2H20a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-2.76a2 2 0 0 0-1.79 1.11L12 22a3.13 3.13 0 0 1-3-3.88Z'];
const PENCIL = ['M21.17 6.81a1 1 0 0 0-3.99-3.99L3.84 16.17a2 2 0 0 0-.5.83l-1.32 4.35a.5.5 0 0 0 .62.62l4.35-1.32a2 2 0 0 0 .83-.5Z', 'm15 5 4 4'];

function Icon(props: { paths: string[] }) {
  return (
    <svg viewBox="0 0 24 24" class="size-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <For each={props.paths}>{(d) => <path d={d} />}</For>
    </svg>
  );
}

interface FeedbackBarProps {
  turn: ZTurn;
  conversationId: string;
  messageIndex: number;
  onFeedback: (feedback: NonNullable<ZTurn['feedback']>) => void;
  onCorrected: () => void;
  /** Shown at the end of the button row (which model answered). */
  children?: JSX.Element;
}

/** 👍 👎 ✏️ under an answer: a thumbs up is one click; a thumbs down asks what was wrong; ✏️ takes a correction. */
export default function FeedbackBar(props: FeedbackBarProps) {
  const [open, setOpen] = createSignal<'negative' | 'correct'>();
  const [comment, setComment] = createSignal('');
  const [sending, setSending] = createSignal(false);
  const [error, setError] = createSignal('');
  const [thanks, setThanks] = createSignal('');

  const send = async (signal: 'positive' | 'negative', category?: FeedbackCategory) => {
    setSending(true);
    setError('');
    try {
      await sendFeedback({ conversationId: props.conversationId, messageIndex: props.messageIndex, signal, category, comment: comment().trim() || undefined });
      props.onFeedback({ signal, category });
      setOpen(undefined);
      setComment('');
      setThanks(signal === 'positive' ? 'Thanks — glad that helped.' : 'Thanks — this helps Z get better.');
    } catch (cause) {
      setError(`Your feedback was not sent: ${errorMessage(cause)}`);
    }
    setSending(false);
  };

  const button =
    'rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-slate-400 disabled:opacity-50 aria-pressed:bg-brand-50 aria-pressed:text-brand-700';

  return (
    <div class="mt-2" data-testid="z-feedback">
      <div class="flex flex-wrap items-center gap-1">
        <button
          type="button"
          class={button}
          aria-label="Helpful"
          title="Helpful"
          aria-pressed={props.turn.feedback?.signal === 'positive'}
          disabled={sending()}
          onClick={() => props.turn.feedback?.signal !== 'positive' && void send('positive')}
          data-testid="z-feedback-up"
        >
          <Icon paths={THUMB_UP} />
        </button>
        <button
          type="button"
          class={button}
          aria-label="Not helpful"
          title="Not helpful"
          aria-pressed={props.turn.feedback?.signal === 'negative'}
          aria-expanded={open() === 'negative'}
          disabled={sending()}
          onClick={() => setOpen(open() === 'negative' ? undefined : 'negative')}
          data-testid="z-feedback-down"
        >
          <Icon paths={THUMB_DOWN} />
        </button>
        <button
          type="button"
          class={button}
          aria-label="Correct this answer"
          title="Correct this answer"
          aria-expanded={open() === 'correct'}
          disabled={props.turn.corrected}
          onClick={() => setOpen(open() === 'correct' ? undefined : 'correct')}
          data-testid="z-feedback-correct"
        >
          <Icon paths={PENCIL} />
        </button>
        <Show when={thanks() || props.turn.corrected}>
          <span class="ml-1 text-xs text-slate-500" role="status" data-testid="z-feedback-thanks">
            {props.turn.corrected ? 'Correction sent — Z will use it in your answers while it is reviewed.' : thanks()}
          </span>
        </Show>
        <span class="ml-auto">{props.children}</span>
      </div>
      <Show when={error()}>
        <p role="alert" class="mt-1 text-xs text-red-700" data-testid="z-feedback-error">
          {error()} Try again in a moment.
        </p>
      </Show>
      <Switch>
        <Match when={open() === 'negative'}>
          <div class="mt-2 rounded-lg border border-slate-200 bg-white p-3" data-testid="z-feedback-negative">
            <p class="text-sm font-medium text-slate-900">What was wrong?</p>
            <label class="mt-2 block text-xs text-slate-600">
              Anything to add? <span class="text-slate-500">(optional)</span>
              <input class="field-input mt-1 h-8 text-xs" maxLength={1000} value={comment()} onInput={(event) => setComment(event.currentTarget.value)} data-testid="z-feedback-comment" />
            </label>
            <div class="mt-2 flex flex-wrap gap-1.5">
              <For each={CATEGORIES}>
                {(category) => (
                  <button type="button" class="btn-secondary px-2.5 py-1 text-xs" disabled={sending()} onClick={() => void send('negative', category.value)} data-testid={`z-feedback-${category.value}`}>
                    {category.label}
                  </button>
                )}
              </For>
            </div>
          </div>
        </Match>
        <Match when={open() === 'correct'}>
          <CorrectionForm
            conversationId={props.conversationId}
            originalResponse={props.turn.answer}
            onCancel={() => setOpen(undefined)}
            onSent={() => {
              setOpen(undefined);
              props.onCorrected();
            }}
          />
        </Match>
      </Switch>
    </div>
  );
}
