import { createSignal, Show } from 'solid-js';
import type { ShellActions } from '../CrmShell';
import { FormError } from '../fields';
import { api, apiPath, errorMessage, upload } from '../../../lib/api';
import { createBlobUrl } from '../../../lib/downloads';
import { LOGO_TYPES, MAX_LOGO_BYTES, type CompanyWithLogo } from '../../../lib/types/settings';

/**
 * The logo printed on bids, invoices and reports: a preview, and for owners and admins an
 * upload (PNG or JPEG) and a remove button.
 */
export default function LogoCard(props: { company: CompanyWithLogo; editable: boolean; shell: ShellActions }) {
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal<'upload' | 'remove'>();
  let input!: HTMLInputElement;

  const logoUrl = () => props.company.logoUrl ?? null;

  // Images need the bearer token, so the logo is fetched and shown through an object URL.
  const preview = createBlobUrl(() => {
    const url = logoUrl();
    return url ? apiPath(url) : undefined;
  });
  const previewError = () => (preview.error() ? `The logo could not be shown: ${preview.error()}` : '');

  const choose = async (file: File | undefined) => {
    input.value = '';
    if (!file) return;
    setError('');
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return setError('Choose a PNG or JPEG image.');
    if (file.size > MAX_LOGO_BYTES) return setError('The logo must be 10 MB or smaller. Export a smaller image and try again.');
    setBusy('upload');
    try {
      const saved = await upload<CompanyWithLogo>(`/companies/${encodeURIComponent(props.company.id)}/logo`, file);
      props.shell.companyChanged(saved);
    } catch (cause) {
      setError(errorMessage(cause));
    }
    setBusy(undefined);
  };

  const remove = async () => {
    setError('');
    setBusy('remove');
    try {
      const saved = await api<CompanyWithLogo>(`/companies/${encodeURIComponent(props.company.id)}/logo`, { method: 'DELETE' });
      props.shell.companyChanged(saved);
    } catch (cause) {
      setError(errorMessage(cause));
    }
    setBusy(undefined);
  };

  return (
    <div class="card mt-6 px-6 py-5" data-testid="company-logo">
      <h3 class="text-base font-semibold text-slate-900">Logo</h3>
      <p class="mt-1 text-sm text-slate-600">Printed at the top of your bids, invoices and reports.</p>
      <div class="mt-4 flex flex-wrap items-center gap-5">
        <div class="flex h-24 w-48 items-center justify-center overflow-hidden rounded-lg border border-dashed border-slate-300 bg-slate-50">
          <Show
            when={preview.url()}
            fallback={<span class="px-3 text-center text-xs text-slate-500">{logoUrl() && !previewError() ? 'Loading logo…' : 'No logo yet'}</span>}
          >
            {(src) => <img src={src()} alt={`${props.company.name} logo`} class="max-h-full max-w-full object-contain" data-testid="company-logo-preview" />}
          </Show>
        </div>
        <Show when={props.editable}>
          <div class="flex flex-wrap gap-2">
            <input
              ref={input}
              id="company-logo-file"
              aria-label="Company logo file (PNG or JPEG)"
              type="file"
              accept={LOGO_TYPES.join(',')}
              class="sr-only"
              onChange={(event) => void choose(event.currentTarget.files?.[0])}
              data-testid="company-logo-file"
            />
            <button type="button" class="btn-secondary" disabled={Boolean(busy())} onClick={() => input.click()} data-testid="company-logo-upload">
              {busy() === 'upload' ? 'Uploading…' : logoUrl() ? 'Replace logo' : 'Upload logo'}
            </button>
            <Show when={logoUrl()}>
              <button type="button" class="btn-ghost text-red-600 hover:bg-red-50 hover:text-red-700" disabled={Boolean(busy())} onClick={() => void remove()} data-testid="company-logo-remove">
                {busy() === 'remove' ? 'Removing…' : 'Remove'}
              </button>
            </Show>
          </div>
        </Show>
      </div>
      <p class="mt-3 text-xs text-slate-500">PNG or JPEG, up to 10 MB. A wide logo on a transparent or white background prints best.</p>
      <div class="mt-3 space-y-2">
        <FormError message={error()} testId="company-logo-error" />
        <FormError message={previewError()} testId="company-logo-preview-error" />
      </div>
    </div>
  );
}
