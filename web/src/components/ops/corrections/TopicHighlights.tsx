import { For } from 'solid-js';
import type { CorrectionFilters, CorrectionTopic } from '../../../lib/ops';
import { humanize } from '../../../lib/format';
import { tradeLabel } from '../../../lib/types';

/** Topics with many corrections, most first: a click filters the list to that topic. */
export default function TopicHighlights(props: { topics: CorrectionTopic[]; active: CorrectionFilters; onPick: (trade: string | null, topic: string | null) => void }) {
  const highlighted = () => props.topics.filter((topic) => topic.highlighted).sort((a, b) => b.pending + b.validated - (a.pending + a.validated) || b.total - a.total);
  return (
    <section class="mt-6 rounded-xl border border-amber-200 bg-amber-50 p-4" aria-labelledby="hot-topics-heading" data-testid="corrections-highlights">
      <h2 id="hot-topics-heading" class="text-sm font-semibold text-amber-900">
        Topics with many corrections
      </h2>
      <p class="mt-0.5 text-xs text-amber-800">The corpus or Z’s instructions probably need work here.</p>
      <ul class="mt-3 flex flex-wrap gap-2">
        <For each={highlighted()}>
          {(topic) => {
            const active = () => props.active.trade === (topic.trade ?? undefined) && props.active.topic === (topic.topic ?? undefined);
            return (
              <li>
                <button
                  type="button"
                  class={`rounded-lg border px-3 py-2 text-left text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-amber-600 ${
                    active() ? 'border-amber-500 bg-white ring-2 ring-amber-300' : 'border-amber-200 bg-white hover:border-amber-400'
                  }`}
                  aria-pressed={active()}
                  onClick={() => props.onPick(topic.trade, topic.topic)}
                  data-testid="hot-topic"
                >
                  <span class="block font-medium text-slate-900">
                    {topic.topic ? humanize(topic.topic) : 'General'}
                    <span class="font-normal text-slate-500"> · {topic.trade ? tradeLabel(topic.trade) : 'Any trade'}</span>
                  </span>
                  <span class="block text-xs text-slate-600 tabular-nums">
                    {topic.total} corrections: {topic.pending} pending, {topic.validated} validated, {topic.rejected} rejected
                  </span>
                </button>
              </li>
            );
          }}
        </For>
      </ul>
    </section>
  );
}
