import { createSignal, Show } from 'solid-js';
import SupportView from './SupportView';
import Dialog from '../../crm/Dialog';
import { FormError, TextAreaField } from '../../crm/fields';
import { ApiError, errorMessage } from '../../../lib/api';
import { openTenantForSupport, SUPPORT_REASON, type SupportView as SupportData, type Tenant } from '../../../lib/ops';

/**
 * “Open for support”: asks why (10–500 characters, recorded in the audit log with the company),
 * then shows that tenant's support view. Nothing of the tenant loads before a reason is given.
 */
export default function SupportDialog(props: { tenant: Tenant | undefined; onClose: () => void }) {
  return (
    <Dialog
      open={Boolean(props.tenant)}
      onClose={props.onClose}
      title={props.tenant ? `Support: ${props.tenant.name}` : 'Support'}
      description="Opening a tenant's records is recorded in the audit log with your name and reason."
      testId="support-dialog"
    >
      <Show when={props.tenant}>{(tenant) => <SupportBody tenant={tenant()} onClose={props.onClose} />}</Show>
    </Dialog>
  );
}

function SupportBody(props: { tenant: Tenant; onClose: () => void }) {
  const [reason, setReason] = createSignal('');
  const [fieldError, setFieldError] = createSignal('');
  const [formError, setFormError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [view, setView] = createSignal<SupportData>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const text = reason().trim();
    setFormError('');
    if (text.length < SUPPORT_REASON.min) {
      setFieldError(`Say why in at least ${SUPPORT_REASON.min} characters, e.g. “Owner asked for help with a missing invoice (ticket 4821)”.`);
      return;
    }
    if (text.length > SUPPORT_REASON.max) {
      setFieldError(`Keep the reason under ${SUPPORT_REASON.max} characters.`);
      return;
    }
    setFieldError('');
    setBusy(true);
    try {
      setView(await openTenantForSupport(props.tenant.companyId, text));
    } catch (cause) {
      const details = cause instanceof ApiError ? cause.details.find((detail) => detail.path.includes('reason')) : undefined;
      if (details) setFieldError(details.message);
      else setFormError(errorMessage(cause));
    }
    setBusy(false);
  };

  return (
    <Show
      when={view()}
      fallback={
        <form class="flex min-h-0 flex-1 flex-col" novalidate onSubmit={submit} data-testid="support-form" aria-busy={busy()}>
          <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5">
            <FormError message={formError()} testId="support-form-error" />
            <TextAreaField
              id="support-reason"
              label="Reason"
              value={reason()}
              onValue={(value) => {
                setReason(value);
                if (value.trim().length >= SUPPORT_REASON.min) setFieldError('');
              }}
              error={fieldError()}
              hint={`${reason().trim().length}/${SUPPORT_REASON.max} characters, at least ${SUPPORT_REASON.min}. Name the request or ticket you are working on.`}
              rows={4}
              maxLength={SUPPORT_REASON.max}
            />
          </div>
          <div class="flex justify-end gap-3 border-t border-slate-200 px-6 py-4">
            <button type="button" class="btn-secondary" onClick={() => props.onClose()}>
              Cancel
            </button>
            <button type="submit" class="btn-primary" disabled={busy()} data-testid="support-open">
              {busy() ? 'Opening…' : 'Open support view'}
            </button>
          </div>
        </form>
      }
    >
      {(data) => <SupportView data={data()} reason={reason().trim()} />}
    </Show>
  );
}
