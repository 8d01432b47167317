import { createSignal, For, Show } from 'solid-js';
import { api } from '../../lib/api';
import { describeFailure, type FieldErrors } from '../../lib/forms';
import { customerPath, equipmentName, REQUEST_TYPE_LABELS } from '../../lib/portal';
import { REQUEST_TYPES, type PortalEquipment, type RequestType, type ServiceRequest } from '../../lib/portalTypes';

const TYPE_HINTS: Record<RequestType, string> = {
  problem: 'Something stopped working, leaks, trips or sounds wrong.',
  schedule_service: 'Book a visit: maintenance, a tune-up or an install.',
  equipment_question: 'Ask about something your contractor put in.',
};

const PLACEHOLDERS: Record<RequestType, string> = {
  problem: 'What is happening, since when, and anything you have noticed (noises, smells, error codes)…',
  schedule_service: 'What you would like done, and days or times that suit you…',
  equipment_question: 'What you would like to know…',
};

const MAX_DESCRIPTION = 2000;

interface RequestFormProps {
  customerId: string;
  companyName: string;
  /** Equipment to pick from (optional field); none hides the picker. */
  equipment?: PortalEquipment[];
  type?: RequestType;
  equipmentId?: string;
  /** Just the description, for a "Something's wrong" problem report. */
  compact?: boolean;
  onSent: (request: ServiceRequest) => void;
  testId?: string;
}

/** A service request to the contractor: what kind, what is going on, and optionally which equipment. */
export default function RequestForm(props: RequestFormProps) {
  const [type, setType] = createSignal<RequestType>(props.type ?? 'problem');
  const [description, setDescription] = createSignal('');
  const [equipmentId, setEquipmentId] = createSignal(props.equipmentId ?? '');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal('');
  const [sending, setSending] = createSignal(false);
  const prefix = props.compact ? 'quick-request' : 'request';

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (sending()) return;
    const text = description().trim();
    if (!text) {
      setErrors({ description: 'Tell your contractor what is going on.' });
      return;
    }
    setErrors({});
    setFormError('');
    setSending(true);
    try {
      const created = await api<ServiceRequest>(customerPath(props.customerId, '/requests'), {
        method: 'POST',
        body: { type: type(), description: text, equipmentId: equipmentId() || undefined },
      });
      setDescription('');
      props.onSent(created);
    } catch (cause) {
      const failure = describeFailure(cause, ['type', 'description', 'equipmentId']);
      setErrors(failure.fields);
      setFormError(failure.message);
    }
    setSending(false);
  };

  return (
    <form class="space-y-4" novalidate onSubmit={(event) => void submit(event)} aria-busy={sending()} data-testid={props.testId ?? `${prefix}-form`}>
      <Show when={!props.compact}>
        <fieldset>
          <legend class="field-label">What do you need?</legend>
          <div class="mt-2 grid gap-2 sm:grid-cols-3">
            <For each={REQUEST_TYPES}>
              {(option) => (
                <label
                  class={`flex cursor-pointer flex-col rounded-lg border p-3 text-sm focus-within:outline-2 focus-within:outline-brand-600 ${
                    type() === option ? 'border-brand-600 bg-brand-50 ring-1 ring-brand-600' : 'border-slate-300 bg-white hover:border-slate-400'
                  }`}
                >
                  <span class="flex items-center gap-2 font-medium text-slate-900">
                    <input type="radio" name={`${prefix}-type`} value={option} checked={type() === option} onChange={() => setType(option)} class="accent-brand-600" data-testid={`request-type-${option}`} />
                    {REQUEST_TYPE_LABELS[option]}
                  </span>
                  <span class="mt-1 text-xs text-slate-600">{TYPE_HINTS[option]}</span>
                </label>
              )}
            </For>
          </div>
        </fieldset>
      </Show>
      <div>
        <label for={`${prefix}-description`} class={props.compact ? 'block text-sm text-slate-600' : 'field-label'}>
          {props.compact ? `Tell ${props.companyName} what is going on; they will get back to you.` : 'Details'}
        </label>
        <textarea
          id={`${prefix}-description`}
          class="field-input min-h-24 resize-y text-base sm:text-sm"
          rows={props.compact ? 3 : 4}
          maxLength={MAX_DESCRIPTION}
          placeholder={PLACEHOLDERS[type()]}
          value={description()}
          onInput={(event) => setDescription(event.currentTarget.value)}
          aria-invalid={Boolean(errors().description)}
          aria-describedby={errors().description ? `${prefix}-description-error` : undefined}
          data-testid={`${prefix}-description`}
        />
        <Show when={errors().description}>
          <p id={`${prefix}-description-error`} class="field-error">
            {errors().description}
          </p>
        </Show>
      </div>
      <Show when={!props.compact && (props.equipment?.length ?? 0) > 0}>
        <div>
          <label for={`${prefix}-equipment`} class="field-label">
            Which equipment? <span class="font-normal text-slate-500">(optional)</span>
          </label>
          <select
            id={`${prefix}-equipment`}
            class="field-input h-11 text-base sm:h-10 sm:text-sm"
            value={equipmentId()}
            onChange={(event) => setEquipmentId(event.currentTarget.value)}
            aria-invalid={Boolean(errors().equipmentId)}
            data-testid="request-equipment"
          >
            <option value="">Not about one piece of equipment</option>
            {/* `selected` per option: the list can arrive after the select, and a preselected piece must still show. */}
            <For each={props.equipment}>
              {(item) => (
                <option value={item.id} selected={item.id === equipmentId()}>
                  {equipmentName(item)}
                </option>
              )}
            </For>
          </select>
          <Show when={errors().equipmentId}>
            <p class="field-error">{errors().equipmentId}</p>
          </Show>
        </div>
      </Show>
      <Show when={formError()}>
        <p role="alert" class="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid={`${prefix}-error`}>
          {formError()}
        </p>
      </Show>
      <button type="submit" class="btn-primary w-full py-2.5 sm:w-auto" disabled={sending()} data-testid={`${prefix}-send`}>
        {sending() ? 'Sending…' : `Send to ${props.companyName}`}
      </button>
    </form>
  );
}
