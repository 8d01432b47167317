import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from 'solid-js';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One series of a chart: its values (one per label), how it is drawn and how its numbers read. */
export interface ChartSeries {
  label: string;
  values: number[];
  /** A CSS colour (canvas cannot use Tailwind classes). */
  color: string;
  kind: 'bars' | 'line';
  /** A second unit (dollars beside counts) goes on the right axis. */
  axis?: 'left' | 'right';
  format: (value: number) => string;
}

interface ChartProps {
  /** What the chart shows, read out first; the visible heading is the card's. */
  title: string;
  /** The takeaway in one sentence (“412 jobs completed in 12 weeks, most in the week of Nov 23”). */
  summary: string;
  /** One per point on the x axis (short: `Nov 23`). */
  labels: string[];
  /** The same points for the table of numbers (defaults to `labels`). */
  rowLabels?: string[];
  /** What the first column of the table is called (`Week`). */
  rowHeading: string;
  series: ChartSeries[];
  /** Per value axis: tick labels (default: the first series' format), whole-number ticks for counts, and its top when every value is 0. */
  axes?: Partial<Record<Side, AxisOptions>>;
  height?: number;
  testId: string;
}

type Side = 'left' | 'right';

export interface AxisOptions {
  format?: (value: number) => string;
  /** Counts: ticks on whole numbers only. */
  integer?: boolean;
  /** The axis top when there is nothing to show (1 by default), so an empty chart still reads sensibly. */
  emptyTop?: number;
}

/** Whole-number tick steps for counts. */
const INTEGER_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 50_000, 100_000, 250_000, 500_000, 1_000_000];

const AXIS_FONT = '11px ui-sans-serif, system-ui, sans-serif';
const AXIS_COLOR = '#64748b';
const GRID_COLOR = '#e2e8f0';

/** A round axis top above `max` (1, 2, 2.5 or 5 × a power of ten), so ticks land on readable numbers. */
function niceTop(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 2.5, 5, 10].find((step) => step * power >= max) ?? 10) * power;
}

let nextId = 0;

/**
 * A small chart (uPlot on canvas) for a series per week or day: bars and lines, one or two
 * value axes, a live legend on hover, and redrawn at the width of its box. The canvas is
 * hidden from screen readers; the caption says what it shows and the numbers are one click
 * away in a table (read by screen readers either way).
 */
export default function Chart(props: ChartProps) {
  const id = `ops-chart-${++nextId}`;
  let box!: HTMLDivElement;
  let chart: uPlot | undefined;
  let library: typeof uPlot | undefined;
  const [failed, setFailed] = createSignal(false);
  /** The point under the pointer, for the legend's figures. */
  const [hover, setHover] = createSignal<number | null>(null);
  const height = () => props.height ?? 220;
  const empty = () => props.labels.length === 0;

  const build = () => {
    chart?.destroy();
    chart = undefined;
    if (!library || empty()) return;
    const UPlot = library;
    const labels = props.labels;
    const bars = props.series.filter((series) => series.kind === 'bars');
    const onAxis = (axis: Side) => props.series.filter((series) => (series.axis ?? 'left') === axis);
    const range = (axis: Side): uPlot.Scale.Range => () => {
      const max = Math.max(0, ...onAxis(axis).flatMap((series) => series.values));
      return [0, max > 0 ? niceTop(props.axes?.[axis]?.integer ? Math.max(max, 4) : max) : (props.axes?.[axis]?.emptyTop ?? (props.axes?.[axis]?.integer ? 4 : 1))];
    };
    const tickFormat = (axis: Side) => props.axes?.[axis]?.format ?? onAxis(axis)[0]?.format ?? String;
    const valueAxis = (axis: Side): uPlot.Axis => ({
      scale: axis,
      ...(axis === 'right' ? { side: 1 as const, grid: { show: false } } : { grid: { stroke: GRID_COLOR, width: 1 } }),
      stroke: AXIS_COLOR,
      font: AXIS_FONT,
      size: axis === 'right' ? 60 : 56,
      ticks: { show: false },
      ...(props.axes?.[axis]?.integer ? { incrs: INTEGER_STEPS } : {}),
      values: (_self, splits) => splits.map((value) => tickFormat(axis)(value)),
    });
    const xSplits = (self: uPlot) => {
      // As many labels as fit without overlapping (about 56 px each).
      const step = Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor(self.bbox.width / devicePixelRatio / 56))));
      return labels.map((_, index) => index).filter((index) => (labels.length - 1 - index) % step === 0);
    };
    const barPath = (series: ChartSeries) => {
      const index = bars.indexOf(series);
      // Two bar series stand side by side around their tick; one is centred.
      if (bars.length === 2) return UPlot.paths.bars!({ size: [0.36, 28], align: index === 0 ? -1 : 1, gap: 1, radius: 0.15 });
      return UPlot.paths.bars!({ size: [0.6, 40], radius: 0.15 });
    };
    const options: uPlot.Options = {
      width: Math.max(240, box.clientWidth),
      height: height(),
      padding: [12, 8, 0, 4],
      legend: { show: false },
      hooks: { setCursor: [(self) => setHover(self.cursor.idx ?? null)] },
      cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 7 } },
      scales: {
        x: { time: false, range: (_self, min, max) => [min - 0.5, max + 0.5] },
        left: { range: range('left') },
        ...(onAxis('right').length ? { right: { range: range('right') } } : {}),
      },
      axes: [
        {
          stroke: AXIS_COLOR,
          font: AXIS_FONT,
          grid: { show: false },
          ticks: { show: false },
          splits: xSplits,
          values: (_self, splits) => splits.map((index) => labels[index] ?? ''),
        },
        valueAxis('left'),
        ...(onAxis('right').length ? [valueAxis('right')] : []),
      ],
      series: [
        { label: props.rowHeading },
        ...props.series.map(
          (series): uPlot.Series => ({
            label: series.label,
            scale: series.axis ?? 'left',
            stroke: series.color,
            width: series.kind === 'line' ? 2 : 0,
            fill: series.kind === 'bars' ? series.color : undefined,
            paths: series.kind === 'bars' ? barPath(series) : undefined,
            points: { show: series.kind === 'line' && labels.length <= 16, size: 5, fill: '#fff' },
          }),
        ),
      ],
    };
    chart = new UPlot(options, [labels.map((_, index) => index), ...props.series.map((series) => series.values)], box);
  };

  onMount(() => {
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      if (chart && width > 0 && Math.abs(width - chart.width) > 1) chart.setSize({ width: Math.max(240, width), height: height() });
    });
    observer.observe(box);
    let disposed = false;
    onCleanup(() => {
      disposed = true;
      observer.disconnect();
    });
    // Loaded on demand: pages without a chart never download it.
    import('uplot').then(
      (module) => {
        if (disposed) return;
        library = module.default;
        build();
      },
      () => setFailed(true),
    );
  });
  createEffect(on([() => props.labels, () => props.series], () => build(), { defer: true }));
  onCleanup(() => chart?.destroy());

  return (
    <figure class="min-w-0" aria-labelledby={`${id}-caption`} data-testid={props.testId}>
      <figcaption id={`${id}-caption`} class="sr-only">
        {props.title}. {props.summary}
      </figcaption>
      <div class="mb-2 flex min-h-5 flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600" aria-hidden="true" data-testid={`${props.testId}-legend`}>
        <Show when={hover() !== null}>
          <span class="font-medium text-slate-900">{(props.rowLabels ?? props.labels)[hover()!]}</span>
        </Show>
        <For each={props.series}>
          {(series) => (
            <span class="inline-flex items-center gap-1.5">
              <span
                class={series.kind === 'bars' ? 'size-2.5 rounded-sm' : 'h-0.5 w-3.5 rounded-full'}
                style={{ 'background-color': series.color }}
              />
              {series.label}
              <Show when={hover() !== null}>
                <span class="font-semibold text-slate-900 tabular-nums">{series.format(series.values[hover()!] ?? 0)}</span>
              </Show>
            </span>
          )}
        </For>
      </div>
      <Show when={empty()}>
        <p class="py-10 text-center text-sm text-slate-500">Nothing to chart yet.</p>
      </Show>
      <div ref={box} class={`w-full min-w-0 ${empty() ? 'hidden' : ''}`} style={{ 'min-height': empty() ? undefined : `${height()}px` }} aria-hidden="true" data-testid={`${props.testId}-canvas`} />
      <Show when={failed()}>
        <p class="text-sm text-slate-500">The chart could not be drawn; the numbers are below.</p>
      </Show>
      <p class="mt-2 text-xs text-slate-500" aria-hidden="true">
        {props.summary}
      </p>
      <details class="group mt-1 text-sm" open={failed() || undefined}>
        <summary class="cursor-pointer text-xs font-medium text-brand-700 hover:text-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600">Show the numbers</summary>
        <div class="relative mt-2 max-h-72 overflow-auto rounded-lg border border-slate-200">
          <table class="min-w-full text-xs tabular-nums" data-testid={`${props.testId}-table`}>
            <caption class="sr-only">{props.title}</caption>
            <thead class="sticky top-0 bg-slate-50 text-left text-slate-500">
              <tr>
                <th scope="col" class="px-3 py-1.5 font-semibold">
                  {props.rowHeading}
                </th>
                <For each={props.series}>
                  {(series) => (
                    <th scope="col" class="px-3 py-1.5 text-right font-semibold">
                      {series.label}
                    </th>
                  )}
                </For>
              </tr>
            </thead>
            <tbody class="divide-y divide-slate-100">
              <For each={props.rowLabels ?? props.labels}>
                {(label, index) => (
                  <tr>
                    <th scope="row" class="px-3 py-1 text-left font-normal whitespace-nowrap text-slate-700">
                      {label}
                    </th>
                    <For each={props.series}>{(series) => <td class="px-3 py-1 text-right text-slate-900">{series.format(series.values[index()] ?? 0)}</td>}</For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
