import { Show } from 'solid-js';
import type { LifespanInsight as Insight } from '../../lib/portalTypes';

const CONFIDENCE: Record<NonNullable<Insight['confidence']>, string> = {
  limited: 'limited data',
  moderate: 'a moderate amount of data',
  confident: 'plenty of data',
};

/** Where the numbers come from, in one line. */
function basisText(insight: Insight): string {
  if (insight.basis === 'industry') return 'Based on industry averages.';
  const homes = insight.sampleSize ? `${insight.sampleSize.toLocaleString('en-US')} similar installations` : 'similar installations';
  return `Based on ${homes} serviced through ZAFTO${insight.confidence ? ` (${CONFIDENCE[insight.confidence]})` : ''}.`;
}

/**
 * How long equipment like this usually lasts, and where this one is in that span: the
 * server's sentence, a bar for the typical range with a marker at its age, and the basis.
 */
export default function LifespanInsight(props: { insight: Insight; ageYears: number | null; compact?: boolean }) {
  const scale = () => Math.max(props.insight.highYears ?? 0, props.ageYears ?? 0, props.insight.typicalYears ?? 0) * 1.15 || 1;
  const at = (years: number) => `${Math.min(100, (years / scale()) * 100)}%`;
  /** “20+ years” has no upper end: the bar runs to the end of the scale. */
  const high = () => props.insight.highYears ?? scale();

  return (
    <div class="rounded-lg border border-sky-200 bg-sky-50 p-4 text-sm text-sky-950" data-testid="lifespan-insight">
      <p class="font-medium" data-testid="lifespan-text">
        {props.insight.text}
      </p>
      <Show when={!props.compact}>
        <div class="mt-4" aria-hidden="true">
          <div class="relative h-2.5 rounded-full bg-sky-100">
            <div class="absolute inset-y-0 rounded-full bg-sky-300" style={{ left: at(props.insight.lowYears), width: `calc(${at(high())} - ${at(props.insight.lowYears)})` }} />
            <Show when={props.ageYears != null}>
              <div class="absolute -top-1 h-4.5 w-1 -translate-x-1/2 rounded bg-slate-900" style={{ left: at(props.ageYears!) }} />
            </Show>
          </div>
          <div class="relative mt-1.5 h-4 text-xs text-sky-900">
            <span class="absolute -translate-x-1/2" style={{ left: at(props.insight.lowYears) }}>
              {props.insight.lowYears} yrs
            </span>
            <Show when={props.insight.highYears}>
              {(highYears) => (
                <span class="absolute -translate-x-1/2" style={{ left: at(highYears()) }}>
                  {highYears()} yrs
                </span>
              )}
            </Show>
          </div>
        </div>
      </Show>
      <Show when={!props.compact}>
        <p class="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-sky-900">
          <span class="inline-flex items-center gap-1.5">
            <span class="inline-block h-2 w-4 rounded-full bg-sky-300" aria-hidden="true" />
            Typical life
          </span>
          <Show when={props.ageYears != null}>
            <span class="inline-flex items-center gap-1.5">
              <span class="inline-block h-3 w-1 rounded bg-slate-900" aria-hidden="true" />
              Yours today ({props.ageYears} yrs)
            </span>
          </Show>
        </p>
      </Show>
      <p class="mt-2 text-xs text-sky-900">
        {basisText(props.insight)} Every home is different: ask your contractor before deciding anything.
      </p>
    </div>
  );
}
