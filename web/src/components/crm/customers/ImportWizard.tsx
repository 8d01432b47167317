import { createSignal, For, Match, Show, Switch } from 'solid-js';
import ImportPreviewTable from './ImportPreviewTable';
import { FormError } from '../fields';
import { api, ApiError, errorMessage, upload } from '../../../lib/api';
import type { ImportCommitResult, ImportPreview, ImportPreviewRow } from '../../../lib/types/customers';

const MAX_CSV_BYTES = 10 * 1024 * 1024;

type Step =
  | { kind: 'upload' }
  | { kind: 'preview'; file: string; preview: ImportPreview }
  | { kind: 'done'; result: ImportCommitResult };

/** Rows picked by default: valid ones that do not look like someone already in the list. */
export const acceptedByDefault = (row: ImportPreviewRow) => row.errors.length === 0 && !row.duplicateOf;

/** Upload a CSV → check the preview, choose rows → import them → see how many were created. */
export default function ImportWizard() {
  const [step, setStep] = createSignal<Step>({ kind: 'upload' });
  const [file, setFile] = createSignal<File>();
  const [busy, setBusy] = createSignal<'reading' | 'importing'>();
  const [error, setError] = createSignal('');
  const [errorList, setErrorList] = createSignal<string[]>([]);
  const [accepted, setAccepted] = createSignal<Set<number>>(new Set());
  const previewing = () => {
    const current = step();
    return current.kind === 'preview' ? current : undefined;
  };
  const finished = () => {
    const current = step();
    return current.kind === 'done' ? current : undefined;
  };

  const readPreview = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = file();
    setError('');
    setErrorList([]);
    if (!chosen) return setError('Choose a CSV file first.');
    if (chosen.size > MAX_CSV_BYTES) return setError('That file is larger than 10 MB. Split it into smaller files and import them one by one.');
    setBusy('reading');
    try {
      const preview = await upload<ImportPreview>('/customers/import/preview', chosen);
      setAccepted(new Set(preview.rows.filter(acceptedByDefault).map((row) => row.rowNumber)));
      setStep({ kind: 'preview', file: chosen.name, preview });
    } catch (cause) {
      setError(errorMessage(cause));
    }
    setBusy(undefined);
  };

  const commit = async (preview: ImportPreview) => {
    const rows = preview.rows.filter((row) => accepted().has(row.rowNumber) && row.errors.length === 0).map((row) => ({ rowNumber: row.rowNumber, ...row.values }));
    if (rows.length === 0) return setError('Tick at least one row to import.');
    setError('');
    setErrorList([]);
    setBusy('importing');
    try {
      const result = await api<ImportCommitResult>('/customers/import/commit', { method: 'POST', body: { rows } });
      setStep({ kind: 'done', result });
    } catch (cause) {
      setError(errorMessage(cause));
      if (cause instanceof ApiError) setErrorList(cause.details.map((detail) => `${humanPath(detail.path)}: ${detail.message}`));
    }
    setBusy(undefined);
  };

  const startOver = () => {
    setFile(undefined);
    setError('');
    setErrorList([]);
    setStep({ kind: 'upload' });
  };

  return (
    <section aria-labelledby="import-heading" data-testid="customer-import">
      <a href="/crm/customers/" class="text-sm font-medium text-slate-600 hover:text-slate-900">
        ← All customers
      </a>
      <h1 id="import-heading" class="mt-3 text-2xl font-bold tracking-tight text-slate-900">
        Import customers
      </h1>
      <ol class="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="Steps">
        <For each={['Upload', 'Review', 'Done'] as const}>
          {(label, index) => {
            const current = () => ['upload', 'preview', 'done'].indexOf(step().kind);
            return (
              <li class={index() === current() ? 'font-semibold text-brand-700' : index() < current() ? 'text-slate-700' : 'text-slate-500'} aria-current={index() === current() ? 'step' : undefined}>
                {index() + 1}. {label}
              </li>
            );
          }}
        </For>
      </ol>

      <div class="mt-6 space-y-4">
        <FormError message={error()} testId="import-error" />
        <Show when={errorList().length > 0}>
          <ul class="max-h-48 list-disc overflow-y-auto rounded-lg border border-red-200 bg-red-50 py-2 pr-3 pl-8 text-sm text-red-700" data-testid="import-error-list">
            <For each={errorList()}>{(line) => <li>{line}</li>}</For>
          </ul>
        </Show>

        <Switch>
          <Match when={step().kind === 'upload'}>
            <form class="card space-y-4 p-6" onSubmit={readPreview} data-testid="import-upload" aria-busy={busy() === 'reading'}>
              <div>
                <label for="import-file" class="field-label">
                  CSV file
                </label>
                <input
                  id="import-file"
                  type="file"
                  accept=".csv,text/csv"
                  class="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
                  onChange={(event) => setFile(event.currentTarget.files?.[0])}
                  data-testid="import-file"
                />
                <p class="mt-2 text-sm text-slate-600">
                  A header row and one customer per row, up to 10,000 rows. Columns: <strong>name</strong> (or First Name and Last Name), email, phone, address and
                  notes. Other columns are ignored. Nothing is saved until you confirm the rows on the next step.
                </p>
              </div>
              <div class="flex justify-end">
                <button type="submit" class="btn-primary" disabled={Boolean(busy())} data-testid="import-preview">
                  <Show when={busy() === 'reading'}>
                    <span class="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden="true" />
                  </Show>
                  {busy() === 'reading' ? 'Checking rows…' : 'Preview import'}
                </button>
              </div>
            </form>
          </Match>
          <Match when={previewing()}>
            {(current) => (
              <ImportPreviewTable
                file={current().file}
                preview={current().preview}
                accepted={accepted()}
                onAccepted={setAccepted}
                busy={busy() === 'importing'}
                onCommit={() => void commit(current().preview)}
                onCancel={startOver}
              />
            )}
          </Match>
          <Match when={finished()}>
            {(current) => (
              <div class="card px-6 py-10 text-center" data-testid="import-done">
                <h2 class="text-lg font-semibold text-slate-900" data-testid="import-result">
                  Imported {current().result.created} customer{current().result.created === 1 ? '' : 's'}.
                </h2>
                <p class="mt-2 text-sm text-slate-600">They are in your customer list now, ready for jobs and bids.</p>
                <div class="mt-5 flex flex-wrap justify-center gap-3">
                  <a class="btn-primary" href="/crm/customers/" data-testid="import-go-list">
                    Go to customers
                  </a>
                  <button type="button" class="btn-secondary" onClick={startOver}>
                    Import another file
                  </button>
                </div>
              </div>
            )}
          </Match>
        </Switch>
      </div>
    </section>
  );
}

/** `row 5.email` → `Row 5, email`. */
function humanPath(path: string) {
  const match = /^row (\d+)\.(\w+)$/.exec(path);
  if (!match) return path;
  return match[2] === 'row' ? `Row ${match[1]}` : `Row ${match[1]}, ${match[2]}`;
}
