import { For, Show } from 'solid-js';
import type { ActivityKind, OpsOverview } from '../../../lib/ops';
import { formatAgo } from '../../../lib/opsFormat';
import { tradeLabel } from '../../../lib/types';
import { formatDateTime } from '../../../lib/format';

const KINDS: Record<ActivityKind, { text: string; dot: string }> = {
  company_signup: { text: 'A company signed up', dot: 'bg-brand-500' },
  portal_joined: { text: 'A homeowner joined the client portal', dot: 'bg-sky-500' },
  quote_accepted: { text: 'A quote was accepted in the portal', dot: 'bg-emerald-500' },
  quote_declined: { text: 'A quote was declined in the portal', dot: 'bg-red-500' },
  portal_message: { text: 'A homeowner sent a message', dot: 'bg-slate-400' },
  service_request: { text: 'A homeowner asked for service', dot: 'bg-amber-500' },
};

/** The latest things that happened across tenants, with only the trade and state of the company. */
export default function ActivityFeed(props: { items: OpsOverview['recentActivity'] }) {
  const where = (item: OpsOverview['recentActivity'][number]) => [item.trade ? tradeLabel(item.trade) : null, item.state].filter(Boolean).join(' · ');
  return (
    <Show when={props.items.length > 0} fallback={<p class="text-sm text-slate-500">Nothing has happened on the platform yet.</p>}>
      <ol class="divide-y divide-slate-100" data-testid="activity-feed">
        <For each={props.items}>
          {(item) => (
            <li class="flex items-center gap-3 py-2 text-sm" data-testid="activity-item" data-kind={item.kind}>
              <span class={`size-2 shrink-0 rounded-full ${KINDS[item.kind]?.dot ?? 'bg-slate-300'}`} aria-hidden="true" />
              <span class="min-w-0 flex-1 text-slate-800">
                {KINDS[item.kind]?.text ?? item.kind}
                <Show when={where(item)}>
                  <span class="text-slate-500"> — {where(item)}</span>
                </Show>
              </span>
              <time class="shrink-0 text-xs text-slate-500" datetime={item.at} title={formatDateTime(item.at)}>
                {formatAgo(item.at)}
              </time>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
