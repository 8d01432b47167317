import { For } from 'solid-js';

/** Label / value pairs down a side card; facts without a value are left out. */
export default function FactList(props: { facts: ReadonlyArray<{ label: string; value: string | undefined }> }) {
  return (
    <dl class="space-y-2 text-sm">
      <For each={props.facts.filter((fact) => fact.value)}>
        {(fact) => (
          <div class="flex justify-between gap-4">
            <dt class="text-slate-500">{fact.label}</dt>
            <dd class="text-right text-slate-900">{fact.value}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}
