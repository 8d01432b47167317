import { createSignal, onMount, Show } from 'solid-js';
import PortalRequestNote from './PortalRequestNote';
import { isConvertedLead, portalRequestOf } from './portalRequest';
import ConfirmDelete from '../ConfirmDelete';
import Dialog from '../Dialog';
import DialogForm from '../DialogForm';
import { SelectField, TextAreaField, TextField } from '../fields';
import { api, saveRecord } from '../../../lib/api';
import { centsToInput, parseDollarsToCents } from '../../../lib/format';
import { checkName, checkOptionalEmail, optionalText } from '../../../lib/forms';
import { createFormState } from '../../../lib/formState';
import { customerHref } from '../../../lib/navigation';
import { TRADES, type Member, type Workspace } from '../../../lib/types';
import { LEAD_STAGE_LABELS, LEAD_STAGES, type Lead, type LeadInput, type LeadStage } from '../../../lib/types/leads';

const FIELDS = ['name', 'email', 'phone', 'address', 'source', 'trade', 'estimatedValueCents', 'notes', 'assignedTo', 'stage', 'lostReason'] as const;

export type LeadPanelMode = { kind: 'create' } | { kind: 'edit'; lead: Lead };

interface LeadPanelProps {
  mode: LeadPanelMode | undefined;
  workspace: Workspace;
  onClose: () => void;
  onSaved: (lead: Lead, created: boolean) => void;
  onDeleted: (lead: Lead) => void;
  onConvert: (lead: Lead) => void;
}

/** Side panel to add a lead or change one, with the way to convert it or delete it. */
export default function LeadPanel(props: LeadPanelProps) {
  const title = () => (props.mode?.kind === 'edit' ? props.mode.lead.name : 'New lead');
  return (
    <Dialog open={Boolean(props.mode)} onClose={props.onClose} title={title()} testId="lead-dialog">
      <Show when={props.mode}>{(mode) => <LeadForm {...props} mode={mode()} />}</Show>
    </Dialog>
  );
}

function LeadForm(props: LeadPanelProps & { mode: LeadPanelMode }) {
  const original = props.mode.kind === 'edit' ? props.mode.lead : undefined;
  const form = createFormState({
    name: original?.name ?? '',
    email: original?.email ?? '',
    phone: original?.phone ?? '',
    address: original?.address ?? '',
    source: original?.source ?? '',
    trade: original?.trade ?? '',
    value: original?.estimatedValueCents != null ? centsToInput(original.estimatedValueCents) : '',
    notes: original?.notes ?? '',
    assignedTo: original?.assignedTo ?? '',
    stage: (original?.stage ?? 'new') as LeadStage,
    lostReason: original?.lostReason ?? '',
  });
  const [members, setMembers] = createSignal<Member[]>([]);
  const [deleting, setDeleting] = createSignal(false);
  onMount(async () => {
    try {
      const list = await api<{ data: Member[] }>(`/companies/${encodeURIComponent(props.workspace.company.id)}/members`);
      setMembers(list.data.filter((member) => member.userId && member.role !== 'tech'));
    } catch {
      // Without the member list the lead simply cannot be reassigned here; the rest still works.
    }
  });

  const submit = form.onSubmit(async () => {
    const v = form.values();
    const cents = v.value.trim() ? parseDollarsToCents(v.value) : null;
    const valid = form.check({
      name: checkName(v.name, 'Name'),
      email: checkOptionalEmail(v.email),
      estimatedValueCents: v.value.trim() && cents == null ? 'Enter an amount like 4500.' : undefined,
      lostReason: !original && v.stage === 'lost' && !v.lostReason.trim() ? 'Say why the lead was lost.' : undefined,
    });
    if (!valid) return;
    const next: LeadInput = {
      name: v.name.trim(),
      email: optionalText(v.email),
      phone: optionalText(v.phone),
      address: optionalText(v.address),
      source: optionalText(v.source),
      trade: v.trade || null,
      estimatedValueCents: cents,
      notes: optionalText(v.notes),
      assignedTo: v.assignedTo || null,
    };
    let body: Partial<LeadInput>;
    if (original) {
      body = Object.fromEntries(Object.entries(next).filter(([key, value]) => value !== (original[key as keyof Lead] ?? null)));
      if (original.stage === 'lost' && optionalText(v.lostReason) !== original.lostReason) body.lostReason = optionalText(v.lostReason);
    } else {
      body = { ...next, stage: v.stage, ...(v.stage === 'lost' ? { lostReason: v.lostReason.trim() } : {}) };
    }
    if (original && Object.keys(body).length === 0) {
      props.onSaved(original, false);
      return;
    }
    const saved = await form.save(() => saveRecord<Lead>('/leads', original?.id, body), FIELDS);
    if (saved) props.onSaved(saved, !original);
  });

  const showLostReason = () => (original ? original.stage === 'lost' : form.values().stage === 'lost');

  return (
    <>
      <DialogForm
        testId="lead-form"
        form={form}
        onSubmit={submit}
        onCancel={props.onClose}
        submitLabel={original ? 'Save changes' : 'Add lead'}
        saveTestId="lead-save"
        cancelTestId="lead-cancel"
        extraActions={
          <Show when={original}>
            <button type="button" class="btn-ghost text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setDeleting(true)} data-testid="lead-delete">Delete</button>
            <Show when={!original?.customerId}>
              <button type="button" class="btn-secondary" onClick={() => original && props.onConvert(original)} data-testid="lead-convert">Convert to customer</button>
            </Show>
          </Show>
        }
      >
        <Show when={original}>
          {(lead) => <Show when={portalRequestOf(lead())}>{(request) => <PortalRequestNote lead={lead()} request={request()} />}</Show>}
        </Show>
        <Show when={original && isConvertedLead(original)}>
          <p class="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            Converted to a customer. <a class="font-medium underline" href={customerHref(original?.customerId ?? '')}>Open the customer</a>
          </p>
        </Show>
        <TextField id="lead-name" label="Name" maxLength={200} autocomplete="off" {...form.field('name')} />
        <div class="grid gap-5 sm:grid-cols-2">
          <TextField id="lead-email" label="Email" optional type="email" maxLength={254} autocomplete="off" {...form.field('email')} />
          <TextField id="lead-phone" label="Phone" optional type="tel" maxLength={40} autocomplete="off" {...form.field('phone')} />
        </div>
        <TextField id="lead-address" label="Address" optional maxLength={500} autocomplete="off" {...form.field('address')} />
        <div class="grid gap-5 sm:grid-cols-2">
          <SelectField id="lead-trade" label="Trade" optional placeholder="Not sure yet" options={TRADES} {...form.field('trade')} />
          <TextField id="lead-value" label="Estimated value ($)" optional inputMode="decimal" autocomplete="off" {...form.field('value', 'estimatedValueCents')} />
          <TextField id="lead-source" label="Source" optional maxLength={100} placeholder="Referral, website, yard sign" {...form.field('source')} />
          <SelectField id="lead-assigned" label="Assigned to" optional placeholder="Nobody" options={members().map((m) => ({ value: m.userId ?? '', label: m.email }))} {...form.field('assignedTo')} />
        </div>
        <Show when={!original}>
          <SelectField id="lead-stage" label="Stage" options={LEAD_STAGES.map((stage) => ({ value: stage, label: LEAD_STAGE_LABELS[stage] }))} {...form.field('stage')} />
        </Show>
        <Show when={showLostReason()}>
          <TextField id="lead-lost-reason-field" label="Why it was lost" maxLength={500} {...form.field('lostReason')} />
        </Show>
        <TextAreaField id="lead-notes" label="Notes" optional rows={3} maxLength={5000} {...form.field('notes')} />
      </DialogForm>
      <ConfirmDelete
        subject={deleting() ? original?.name : undefined}
        description={original?.customerId ? 'The lead goes; the customer stays.' : 'The lead is removed for good.'}
        onConfirm={async () => {
          if (!original) return;
          await api<void>(`/leads/${encodeURIComponent(original.id)}`, { method: 'DELETE' });
          setDeleting(false);
          props.onDeleted(original);
        }}
        onClose={() => setDeleting(false)}
        testId="lead-delete-dialog"
      />
    </>
  );
}
