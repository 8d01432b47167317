import { createSignal, For, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { changedCells, loadVisibility, saveVisibility, toGrid, VISIBILITY_ROLES, type VisibilityGrid, type VisibilitySettings } from './zVisibility';
import LoadStatus from '../LoadStatus';
import ZUsage from './ZUsage';
import { createNotice, Notice } from '../Notice';
import { FormError } from '../fields';
import { errorMessage } from '../../../lib/api';
import { createLoadOnce } from '../../../lib/loader';
import { ROLE_LABELS, type Workspace } from '../../../lib/types';

/**
 * Settings → Z Intelligence: what Z may share with admins, the office and field techs
 * (prices, margins, payment history…). Owners change it; everyone else is told who can.
 */
export default function ZIntelligence(props: { workspace: Workspace }) {
  return (
    <>
      <section class="max-w-4xl" aria-labelledby="z-visibility-heading" data-testid="z-visibility">
        <h2 id="z-visibility-heading" class="text-lg font-semibold text-slate-900">
          What Z may share with your team
        </h2>
        <p class="mt-1 text-sm text-slate-600">
          Z helps each person with their own job. By default it keeps prices, margins and other business figures to the people who need them. Owners always see everything.
        </p>
        <Show when={props.workspace.role === 'owner'} fallback={<ReadOnly />}>
          <VisibilityEditor companyId={props.workspace.company.id} />
        </Show>
      </section>
      <Show when={props.workspace.role === 'owner' || props.workspace.role === 'admin'}>
        <ZUsage />
      </Show>
    </>
  );
}

function ReadOnly() {
  return (
    <div class="card mt-6 px-6 py-5 text-sm text-slate-600" data-testid="z-visibility-readonly">
      <p class="font-medium text-slate-900">Only the company owner can change these settings.</p>
      <p class="mt-2">
        If Z does not give you something you need for your work — say, past prices when you write bids — ask your owner to turn it on for your role here.
      </p>
    </div>
  );
}

/** A plain copy of a grid (also out of a store, reading every box so changes are tracked). */
const plain = (from: VisibilityGrid): VisibilityGrid => ({ admin: { ...from.admin }, office: { ...from.office }, tech: { ...from.tech } });

function VisibilityEditor(props: { companyId: string }) {
  const [saved, setSaved] = createStore<VisibilityGrid>({ admin: {}, office: {}, tech: {} });
  const [grid, setGrid] = createStore<VisibilityGrid>({ admin: {}, office: {}, tech: {} });
  const [defaults, setDefaults] = createStore<VisibilityGrid>({ admin: {}, office: {}, tech: {} });
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal('');
  const notice = createNotice();

  /** Shows what the server holds: the saved state, a copy to edit, and the defaults. */
  const show = (loaded: VisibilitySettings) => {
    const allowed = toGrid(loaded, (category) => category.allowed);
    setSaved(reconcile(allowed));
    setGrid(reconcile(plain(allowed)));
    setDefaults(reconcile(toGrid(loaded, (category) => category.default)));
  };
  const settings = createLoadOnce(async (signal) => {
    const loaded = await loadVisibility(props.companyId, signal);
    show(loaded);
    return loaded;
  });

  /** The rows: every category, in the order the API lists them. */
  const categories = () => settings.data()?.roles[0]?.categories.map(({ category, label }) => ({ category, label })) ?? [];
  const changes = () => changedCells(plain(saved), plain(grid));
  const dirty = () => Object.keys(changes()).length > 0;
  const atDefaults = () => VISIBILITY_ROLES.every((role) => categories().every(({ category }) => grid[role][category] === defaults[role][category]));

  const save = async () => {
    setSaving(true);
    setError('');
    try {
      const next = await saveVisibility(props.companyId, changes());
      settings.mutate(next);
      show(next);
      notice.show('Saved. Z follows these settings from the next question.');
    } catch (cause) {
      setError(`Your changes were not saved: ${errorMessage(cause)}`);
    }
    setSaving(false);
  };

  return (
    <>
      <LoadStatus loader={settings} errorTestId="z-visibility-error" errorClass="mt-6">
        <p class="card mt-6 px-4 py-6 text-sm text-slate-500" aria-busy="true" data-testid="z-visibility-loading">
          Loading Z’s settings…
        </p>
      </LoadStatus>
      <Show when={settings.data()}>
        <form
          class="card mt-6"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          data-testid="z-visibility-form"
        >
          <div class="overflow-x-auto">
            <table class="min-w-full divide-y divide-slate-200 text-sm">
              <caption class="sr-only">What Z may share, by role</caption>
              <thead class="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" class="px-4 py-3">Information</th>
                  <For each={VISIBILITY_ROLES}>
                    {(role) => (
                      <th scope="col" class="w-24 px-2 py-3 text-center sm:w-28">
                        {ROLE_LABELS[role]}
                      </th>
                    )}
                  </For>
                </tr>
              </thead>
              <tbody class="divide-y divide-slate-100 bg-white">
                <For each={categories()}>
                  {(row) => (
                    <tr data-testid="z-visibility-row" data-category={row.category}>
                      <th scope="row" class="px-4 py-2.5 text-left font-medium text-slate-900">
                        {row.label}
                      </th>
                      <For each={VISIBILITY_ROLES}>
                        {(role) => {
                          const changed = () => grid[role][row.category] !== defaults[role][row.category];
                          return (
                            <td class={`px-2 py-2.5 text-center ${changed() ? 'bg-amber-50' : ''}`}>
                              <label class="relative inline-flex size-8 cursor-pointer items-center justify-center">
                                <input
                                  type="checkbox"
                                  class="size-4 rounded border-slate-300 accent-brand-600"
                                  checked={grid[role][row.category] ?? false}
                                  onChange={(event) => setGrid(role, row.category, event.currentTarget.checked)}
                                  disabled={saving()}
                                  data-testid={`z-visibility-${role}-${row.category}`}
                                  data-changed={changed()}
                                />
                                <span class="sr-only">
                                  {ROLE_LABELS[role]}: {row.label}
                                  {changed() ? ' (changed from the default)' : ''}
                                </span>
                                <Show when={changed()}>
                                  <span class="absolute top-0.5 right-0.5 size-1.5 rounded-full bg-amber-500" aria-hidden="true" />
                                </Show>
                              </label>
                            </td>
                          );
                        }}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
          <div class="space-y-3 border-t border-slate-200 px-4 py-4">
            <p class="flex items-center gap-2 text-xs text-slate-500">
              <span class="inline-block size-3 rounded-sm border border-amber-300 bg-amber-50" aria-hidden="true" />
              Differs from ZAFTO’s default for that role.
            </p>
            <FormError message={error()} testId="z-visibility-save-error" />
            <div class="flex flex-wrap items-center justify-end gap-3">
              <Show when={dirty()}>
                <span class="mr-auto text-sm text-slate-600" data-testid="z-visibility-unsaved">
                  You have unsaved changes.
                </span>
              </Show>
              <button type="button" class="btn-ghost" disabled={saving() || atDefaults()} onClick={() => setGrid(reconcile(plain(defaults)))} data-testid="z-visibility-defaults">
                Use the defaults
              </button>
              <button type="submit" class="btn-primary" disabled={saving() || !dirty()} data-testid="z-visibility-save">
                {saving() ? 'Saving…' : 'Save changes'}
              </button>
            </div>
          </div>
        </form>
      </Show>
      <Notice message={notice.message()} />
    </>
  );
}
