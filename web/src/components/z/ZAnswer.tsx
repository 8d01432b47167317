import { For, Match, Show, Switch } from 'solid-js';
import FeedbackBar from './FeedbackBar';
import IntentCard from './IntentCard';
import ZLink from './ZLink';
import ZMessageText from './ZMessageText';
import type { ZThread, ZTurn } from './zThread';
import type { ZSource } from '../../lib/zChat';
import { humanize } from '../../lib/format';

const SOURCE_KINDS: Record<ZSource['kind'], string> = {
  record: 'Record',
  knowledge: 'Guide',
  code: 'Code',
  pattern: 'Pattern',
};

/** One question and Z's answer: the text as it streams, then its sources, suggestions, proposed change and feedback. */
export default function ZAnswer(props: { turn: ZTurn; thread: ZThread }) {
  const reply = () => props.turn.reply;
  return (
    <li class="space-y-3" data-testid="z-turn">
      <div class="flex justify-end">
        <p class="max-w-[85%] rounded-2xl rounded-br-sm bg-slate-900 px-3.5 py-2 text-sm whitespace-pre-line break-words text-white" data-testid="z-question">
          {props.turn.question}
        </p>
      </div>
      <div class="flex gap-2.5">
        <span class="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-xs font-bold text-white" aria-hidden="true">
          Z
        </span>
        <div class="min-w-0 flex-1 space-y-3 text-sm text-slate-700" data-testid="z-answer" data-state={props.turn.state} aria-busy={props.turn.state === 'streaming'}>
          <span class="sr-only">Z:</span>
          <Show
            when={props.turn.answer}
            fallback={
              <Show when={props.turn.state === 'streaming'}>
                <p class="flex items-center gap-2 text-slate-500" data-testid="z-thinking">
                  <span class="size-3.5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden="true" />
                  Z is thinking…
                </p>
              </Show>
            }
          >
            <div data-testid="z-answer-text">
              <ZMessageText text={props.turn.answer} />
            </div>
          </Show>

          <Switch>
            <Match when={props.turn.state === 'failed'}>
              <div role="alert" class="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-red-700" data-testid="z-error">
                <p>{props.turn.error}</p>
                <button type="button" class="mt-2 btn-secondary py-1 text-xs" disabled={props.thread.busy()} onClick={() => props.thread.retry(props.turn.id)} data-testid="z-retry">
                  Ask again
                </button>
              </div>
            </Match>
            <Match when={props.turn.state === 'stopped'}>
              <p class="text-xs text-slate-500" data-testid="z-stopped">
                Stopped before Z finished.{' '}
                <button type="button" class="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 disabled:opacity-50" disabled={props.thread.busy()} onClick={() => props.thread.retry(props.turn.id)}>
                  Ask again
                </button>
              </p>
            </Match>
          </Switch>

          <Show when={reply()}>
            {(done) => (
              <>
                <Show when={done().uncertain}>
                  <p class="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900" data-testid="z-uncertain">
                    Z is not sure about this answer. Check it against the code book, the manufacturer’s instructions or someone you trust before you rely on it.
                  </p>
                </Show>

                <Show when={done().pending_intent}>
                  {(intent) => (
                    <IntentCard
                      intent={intent()}
                      state={props.turn.intent ?? { status: 'pending' }}
                      onChange={(state) => props.thread.setIntent(props.turn.id, state)}
                    />
                  )}
                </Show>

                <Show when={done().sources.length > 0}>
                  <div>
                    <p class="text-xs font-semibold tracking-wide text-slate-500 uppercase">Sources</p>
                    <ul class="mt-1 space-y-1" data-testid="z-sources">
                      <For each={done().sources}>
                        {(source) => (
                          <li class="text-sm" data-kind={source.kind}>
                            <span class="mr-1.5 rounded bg-slate-100 px-1.5 py-0.5 text-[0.6875rem] font-medium text-slate-600">{SOURCE_KINDS[source.kind] ?? humanize(source.kind)}</span>
                            <ZLink href={source.url} class={source.url ? 'font-medium text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline' : 'font-medium text-slate-800'} testId="z-source">
                              {source.title}
                            </ZLink>
                            <Show when={source.snippet}>
                              <p class="mt-0.5 line-clamp-2 text-xs text-slate-500">{source.snippet}</p>
                            </Show>
                          </li>
                        )}
                      </For>
                    </ul>
                  </div>
                </Show>

                <Show when={done().suggested_actions.length > 0}>
                  <div class="flex flex-wrap gap-1.5" data-testid="z-suggestions">
                    <For each={done().suggested_actions}>
                      {(action) => {
                        const chip = 'inline-flex items-center rounded-full border border-slate-300 bg-white px-3 py-1 text-xs font-medium text-slate-700 hover:border-brand-500 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-50';
                        return action.kind === 'navigate' ? (
                          <ZLink href={action.href} class={chip} testId="z-chip">
                            {action.label} →
                          </ZLink>
                        ) : (
                          <button type="button" class={chip} disabled={props.thread.busy()} onClick={() => void props.thread.ask(action.message)} data-testid="z-chip">
                            {action.label}
                          </button>
                        );
                      }}
                    </For>
                  </div>
                </Show>

                <FeedbackBar
                  turn={props.turn}
                  conversationId={done().conversation_id}
                  messageIndex={done().message_index}
                  onFeedback={(feedback) => props.thread.setFeedback(props.turn.id, feedback)}
                  onCorrected={() => props.thread.setCorrected(props.turn.id)}
                >
                  <span class="text-[0.6875rem] text-slate-500" data-testid="z-model" title={`Answered by ${done().model_used} (${done().tier} tier)`}>
                    {humanize(done().tier)} · {done().model_used}
                  </span>
                </FeedbackBar>
              </>
            )}
          </Show>
        </div>
      </div>
    </li>
  );
}
