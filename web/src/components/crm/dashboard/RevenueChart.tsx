import { For } from 'solid-js';
import { createWidth } from './measure';
import { formatCents, formatCentsWhole } from '../../../lib/format';

const HEIGHT = 220;
const TOP = 12;
const BOTTOM = 24;
const LEFT = 56;

/** Payments received per month for the last 12 months, as SVG bars with a value axis. */
export default function RevenueChart(props: { months: Array<{ month: string; cents: number }> }) {
  let box: HTMLDivElement | undefined;
  const width = createWidth(() => box);
  const max = () => niceMax(Math.max(0, ...props.months.map((m) => m.cents)));
  const plotWidth = () => width() - LEFT - 4;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = () => plotWidth() / Math.max(1, props.months.length);
  const y = (cents: number) => TOP + plotHeight - (cents / max()) * plotHeight;
  const ticks = () => [0, 0.25, 0.5, 0.75, 1].map((share) => Math.round(max() * share));
  const narrow = () => slot() < 34;

  return (
    <div ref={box} class="w-full min-w-0 overflow-hidden" data-testid="revenue-chart">
      <svg width={width()} height={HEIGHT} role="img" aria-labelledby="revenue-chart-title" class="block overflow-visible">
        <title id="revenue-chart-title">Revenue by month, last 12 months</title>
        <For each={ticks()}>
          {(tick) => (
            <g>
              <line x1={LEFT} x2={width() - 4} y1={y(tick)} y2={y(tick)} class="stroke-slate-200" stroke-dasharray={tick === 0 ? undefined : '3 3'} />
              <text x={LEFT - 8} y={y(tick)} dy="0.32em" text-anchor="end" class="fill-slate-500 text-[11px]">
                {formatCentsWhole(tick)}
              </text>
            </g>
          )}
        </For>
        <For each={props.months}>
          {(month, index) => {
            const barWidth = () => Math.max(4, slot() * 0.62);
            const x = () => LEFT + index() * slot() + (slot() - barWidth()) / 2;
            return (
              <g data-testid="revenue-bar" data-month={month.month} data-cents={month.cents}>
                <rect x={x()} y={y(month.cents)} width={barWidth()} height={Math.max(0, TOP + plotHeight - y(month.cents))} rx="3" class="fill-brand-500 hover:fill-brand-600">
                  <title>
                    {monthLabel(month.month, true)}: {formatCents(month.cents)}
                  </title>
                </rect>
                <text x={LEFT + index() * slot() + slot() / 2} y={HEIGHT - 6} text-anchor="middle" class="fill-slate-500 text-[11px]">
                  {narrow() ? monthLabel(month.month).charAt(0) : monthLabel(month.month)}
                </text>
              </g>
            );
          }}
        </For>
      </svg>
      <table class="sr-only">
        <caption>Revenue by month</caption>
        <tbody>
          <For each={props.months}>
            {(month) => (
              <tr>
                <th scope="row">{monthLabel(month.month, true)}</th>
                <td>{formatCents(month.cents)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** `Mar` (or `March 2026`) from `2026-03`. */
function monthLabel(month: string, long = false): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return date.toLocaleDateString('en-US', long ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' });
}

/** A round axis maximum above `cents` (1, 2, 2.5 or 5 × a power of ten dollars). */
function niceMax(cents: number): number {
  if (cents <= 0) return 100_00;
  const dollars = cents / 100;
  const power = 10 ** Math.floor(Math.log10(dollars));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= dollars) ?? 10;
  return step * power * 100;
}
