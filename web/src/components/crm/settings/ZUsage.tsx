import { For, Show } from 'solid-js';
import LoadStatus from '../LoadStatus';
import { api } from '../../../lib/api';
import { createLoadOnce } from '../../../lib/loader';

interface Usage {
  days: number;
  totals: { requests: number; fastPathRequests: number; escalations: number; inputTokens: number; outputTokens: number; costUsd: number };
  byModel: { model: string; tier: string; requests: number; inputTokens: number; outputTokens: number; costUsd: number }[];
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
const count = new Intl.NumberFormat('en-US');
const modelLabel = (model: string) => (model === 'fast-path' ? 'Answered from your data (no model)' : model === 'offline' ? 'Offline (no model configured)' : model);

/** What Z cost the company over the last 30 days: requests, tokens and dollars per model. Owners and admins. */
export default function ZUsage() {
  const usage = createLoadOnce((signal) => api<Usage>('/ai/usage', { query: { days: 30 }, signal }));
  const share = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '—');
  return (
    <section class="mt-10 max-w-4xl" aria-labelledby="z-usage-heading" data-testid="z-usage">
      <h2 id="z-usage-heading" class="text-lg font-semibold text-slate-900">
        Z usage, last 30 days
      </h2>
      <p class="mt-1 text-sm text-slate-600">Questions asked by your team, the tokens the models read and wrote, and what they cost at list prices.</p>
      <LoadStatus loader={usage} errorTestId="z-usage-error" errorClass="mt-4">
        <div class="card mt-4 h-24 animate-pulse" />
      </LoadStatus>
      <Show when={usage.data()}>
        {(data) => (
          <div class="card mt-4 overflow-hidden">
            <dl class="grid grid-cols-2 gap-4 px-6 py-5 sm:grid-cols-4">
              <div>
                <dt class="text-xs font-medium tracking-wide text-slate-500 uppercase">Questions</dt>
                <dd class="mt-1 text-xl font-semibold text-slate-900" data-testid="z-usage-requests">{count.format(data().totals.requests)}</dd>
              </div>
              <div>
                <dt class="text-xs font-medium tracking-wide text-slate-500 uppercase">Without a model</dt>
                <dd class="mt-1 text-xl font-semibold text-slate-900">{share(data().totals.fastPathRequests, data().totals.requests)}</dd>
              </div>
              <div>
                <dt class="text-xs font-medium tracking-wide text-slate-500 uppercase">Tokens</dt>
                <dd class="mt-1 text-xl font-semibold text-slate-900">{count.format(data().totals.inputTokens + data().totals.outputTokens)}</dd>
              </div>
              <div>
                <dt class="text-xs font-medium tracking-wide text-slate-500 uppercase">Cost</dt>
                <dd class="mt-1 text-xl font-semibold text-slate-900" data-testid="z-usage-cost">{usd.format(data().totals.costUsd)}</dd>
              </div>
            </dl>
            <Show when={data().byModel.length > 0} fallback={<p class="border-t border-slate-100 px-6 py-4 text-sm text-slate-500">Nobody has asked Z anything in the last 30 days.</p>}>
              <table class="w-full border-t border-slate-100 text-sm">
                <thead class="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
                  <tr>
                    <th class="px-6 py-2">Model</th>
                    <th class="px-3 py-2">Tier</th>
                    <th class="px-3 py-2 text-right">Questions</th>
                    <th class="px-3 py-2 text-right">Tokens in / out</th>
                    <th class="px-6 py-2 text-right">Cost</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data().byModel}>
                    {(row) => (
                      <tr class="border-t border-slate-100">
                        <td class="px-6 py-2 text-slate-900">{modelLabel(row.model)}</td>
                        <td class="px-3 py-2 text-slate-600">{row.tier}</td>
                        <td class="px-3 py-2 text-right tabular-nums">{count.format(row.requests)}</td>
                        <td class="px-3 py-2 text-right tabular-nums">
                          {count.format(row.inputTokens)} / {count.format(row.outputTokens)}
                        </td>
                        <td class="px-6 py-2 text-right tabular-nums">{usd.format(row.costUsd)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
