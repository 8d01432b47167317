import { createSignal, For, Show } from 'solid-js';
import ConfirmDelete from '../ConfirmDelete';
import { FormError } from '../fields';
import { api, errorMessage } from '../../../lib/api';
import { formatCents, parseDollarsToCents } from '../../../lib/format';
import type { JobMaterial } from '../../../lib/types/jobs';

const QUANTITY = /^\d{1,9}(\.\d{1,3})?$/;

interface JobMaterialsProps {
  jobId: string;
  materials: JobMaterial[];
  totalCents: number | undefined;
  /** Staff see and enter costs and remove lines; techs record what they used. */
  staff: boolean;
  onChanged: () => void;
}

/** Material used on the job; costs and totals only for staff (the API leaves them out for techs). */
export default function JobMaterials(props: JobMaterialsProps) {
  const [description, setDescription] = createSignal('');
  const [quantity, setQuantity] = createSignal('1');
  const [unit, setUnit] = createSignal('');
  const [brand, setBrand] = createSignal('');
  const [cost, setCost] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal('');
  const [removing, setRemoving] = createSignal<JobMaterial>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    const qty = quantity().trim();
    const cents = cost().trim() ? parseDollarsToCents(cost()) : undefined;
    if (!description().trim()) return setError('Describe the material, e.g. “12/2 NM-B cable”.');
    if (!QUANTITY.test(qty) || Number(qty) <= 0) return setError('Quantity must be a positive number with at most 3 decimals.');
    if (cents === null) return setError('Enter the unit cost in dollars, like 12.50.');
    setSaving(true);
    setError('');
    try {
      await api<JobMaterial>(`/jobs/${encodeURIComponent(props.jobId)}/materials`, {
        method: 'POST',
        body: { description: description().trim(), quantity: qty, unit: unit().trim() || null, brand: brand().trim() || null, ...(props.staff && cents !== undefined ? { unitCostCents: cents } : {}) },
      });
      setDescription('');
      setQuantity('1');
      setUnit('');
      setBrand('');
      setCost('');
      props.onChanged();
    } catch (cause) {
      setError(errorMessage(cause));
    }
    setSaving(false);
  };

  const remove = async () => {
    const material = removing();
    if (!material) return;
    await api<void>(`/jobs/${encodeURIComponent(props.jobId)}/materials/${encodeURIComponent(material.id)}`, { method: 'DELETE' });
    setRemoving(undefined);
    props.onChanged();
  };

  return (
    <section class="card" aria-labelledby="job-materials-heading" data-testid="job-materials">
      <h2 id="job-materials-heading" class="border-b border-slate-200 px-5 py-3 text-base font-semibold text-slate-900">
        Materials
      </h2>
      <Show when={props.materials.length === 0}>
        <p class="px-5 py-4 text-sm text-slate-500" data-testid="job-materials-empty">
          No materials recorded yet.
        </p>
      </Show>
      <Show when={props.materials.length > 0}>
        <div class="overflow-x-auto">
          <table class="min-w-full text-sm">
            <caption class="sr-only">Materials used</caption>
            <thead class="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" class="px-5 py-2">Item</th>
                <th scope="col" class="px-3 py-2 text-right">Qty</th>
                <Show when={props.staff}>
                  <th scope="col" class="hidden px-3 py-2 text-right sm:table-cell">Unit cost</th>
                  <th scope="col" class="px-3 py-2 text-right">Total</th>
                  <th scope="col" class="px-3 py-2">
                    <span class="sr-only">Actions</span>
                  </th>
                </Show>
              </tr>
            </thead>
            <tbody class="divide-y divide-slate-100">
              <For each={props.materials}>
                {(material) => (
                  <tr data-testid="job-material">
                    <td class="px-5 py-2 break-words text-slate-900">
                      {material.description}
                      <Show when={material.brand}>
                        <div class="text-xs text-slate-500" data-testid="job-material-brand">
                          {material.brand}
                        </div>
                      </Show>
                      <Show when={props.staff}>
                        <div class="text-xs text-slate-500 sm:hidden">@ {formatCents(material.unitCostCents)}</div>
                      </Show>
                    </td>
                    <td class="px-3 py-2 text-right whitespace-nowrap text-slate-700 tabular-nums">
                      {material.quantity} {material.unit ?? ''}
                    </td>
                    <Show when={props.staff}>
                      <td class="hidden px-3 py-2 text-right text-slate-700 tabular-nums sm:table-cell">{formatCents(material.unitCostCents)}</td>
                      <td class="px-3 py-2 text-right font-medium text-slate-900 tabular-nums" data-testid="job-material-total">
                        {formatCents(material.totalCents)}
                      </td>
                      <td class="px-3 py-2 text-right">
                        <button type="button" class="btn-ghost px-2 py-1 text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setRemoving(material)} data-testid="job-material-remove">
                          <svg viewBox="0 0 20 20" class="size-4 sm:hidden" fill="currentColor" aria-hidden="true">
                            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
                          </svg>
                          <span class="hidden sm:inline">Remove</span>
                          <span class="sr-only"> {material.description}</span>
                        </button>
                      </td>
                    </Show>
                  </tr>
                )}
              </For>
            </tbody>
            <Show when={props.staff && props.totalCents !== undefined}>
              <tfoot>
                <tr class="border-t border-slate-200">
                  <th scope="row" colSpan={2} class="px-5 py-2 text-right text-sm font-medium text-slate-600">
                    Materials total
                  </th>
                  <td class="hidden sm:table-cell" />
                  <td class="px-3 py-2 text-right font-semibold text-slate-900 tabular-nums" data-testid="job-materials-total">
                    {formatCents(props.totalCents)}
                  </td>
                  <td />
                </tr>
              </tfoot>
            </Show>
          </table>
        </div>
      </Show>
      <form
        class={`grid items-end gap-3 border-t border-slate-100 px-5 py-4 ${props.staff ? 'grid-cols-3 sm:grid-cols-[1fr_1fr_1fr_auto]' : 'grid-cols-2 sm:grid-cols-[1fr_1fr_auto]'}`}
        onSubmit={submit}
        novalidate
        data-testid="job-material-form"
      >
        <div class="col-span-full grid items-end gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div>
            <label for="material-description" class="field-label">
              Material
            </label>
            <input id="material-description" class="field-input h-10" maxLength={500} value={description()} onInput={(event) => setDescription(event.currentTarget.value)} data-testid="material-description" />
          </div>
          <div>
            <label for="material-brand" class="field-label">
              Brand
            </label>
            <input id="material-brand" class="field-input h-10" maxLength={80} placeholder="optional" value={brand()} onInput={(event) => setBrand(event.currentTarget.value)} data-testid="material-brand" />
          </div>
        </div>
        <div>
          <label for="material-quantity" class="field-label">
            Qty
          </label>
          <input id="material-quantity" class="field-input h-10" inputmode="decimal" value={quantity()} onInput={(event) => setQuantity(event.currentTarget.value)} data-testid="material-quantity" />
        </div>
        <div>
          <label for="material-unit" class="field-label">
            Unit
          </label>
          <input id="material-unit" class="field-input h-10" maxLength={20} placeholder="ft, ea" value={unit()} onInput={(event) => setUnit(event.currentTarget.value)} data-testid="material-unit" />
        </div>
        <Show when={props.staff}>
          <div>
            <label for="material-cost" class="field-label">
              Unit cost
            </label>
            <input id="material-cost" class="field-input h-10" inputmode="decimal" placeholder="$0.00" value={cost()} onInput={(event) => setCost(event.currentTarget.value)} data-testid="material-cost" />
          </div>
        </Show>
        <button type="submit" class="btn-secondary col-span-full h-10 sm:col-span-1" disabled={saving()} data-testid="material-add">
          {saving() ? 'Adding…' : 'Add'}
        </button>
        <div class="sm:col-span-full">
          <FormError message={error()} testId="material-error" />
        </div>
      </form>
      <ConfirmDelete subject={removing()?.description} title={`Remove ${removing()?.description ?? ''}?`} description="The line comes off this job’s materials and its costing." confirmLabel="Remove" busyLabel="Removing…" onConfirm={remove} onClose={() => setRemoving(undefined)} testId="material-remove-dialog" />
    </section>
  );
}
