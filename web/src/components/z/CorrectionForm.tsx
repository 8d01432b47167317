import { createSignal, For, Show } from 'solid-js';
import { errorMessage } from '../../lib/api';
import { sendCorrection, type CorrectionSeverity } from '../../lib/zChat';

const SEVERITIES: ReadonlyArray<{ value: CorrectionSeverity; label: string }> = [
  { value: 'minor', label: 'Minor — a detail is off' },
  { value: 'major', label: 'Major — the answer is wrong' },
  { value: 'safety_critical', label: 'Safety critical — following it could hurt someone' },
];

let nextForm = 0;

/** ✏️ “What should the answer be?”: the correction, an optional code reference and how serious it is. */
export default function CorrectionForm(props: { conversationId: string; originalResponse: string; onSent: () => void; onCancel: () => void }) {
  const id = `z-correction-${++nextForm}`;
  const [text, setText] = createSignal('');
  const [reference, setReference] = createSignal('');
  const [severity, setSeverity] = createSignal<CorrectionSeverity>('minor');
  const [missing, setMissing] = createSignal(false);
  const [sending, setSending] = createSignal(false);
  const [error, setError] = createSignal('');

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!text().trim()) {
      setMissing(true);
      return;
    }
    setSending(true);
    setError('');
    try {
      await sendCorrection({
        conversationId: props.conversationId,
        originalResponse: props.originalResponse,
        correctionText: text().trim(),
        codeReference: reference().trim() || undefined,
        severity: severity(),
      });
      props.onSent();
    } catch (cause) {
      setError(`Your correction was not sent: ${errorMessage(cause)} Try again in a moment.`);
    }
    setSending(false);
  };

  return (
    <form class="mt-2 space-y-3 rounded-lg border border-slate-200 bg-white p-3" onSubmit={(event) => void submit(event)} noValidate data-testid="z-correction-form">
      <div>
        <label for={`${id}-text`} class="field-label">
          What should the answer be?
        </label>
        <textarea
          id={`${id}-text`}
          class="field-input resize-y"
          rows={3}
          maxLength={4000}
          value={text()}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setMissing(false);
          }}
          aria-invalid={missing()}
          aria-describedby={missing() ? `${id}-missing` : undefined}
          data-testid="z-correction-text"
        />
        <Show when={missing()}>
          <p id={`${id}-missing`} class="field-error">
            Write the correct answer, or cancel.
          </p>
        </Show>
      </div>
      <div>
        <label for={`${id}-reference`} class="field-label">
          Code or standard <span class="font-normal text-slate-500">(optional)</span>
        </label>
        <input
          id={`${id}-reference`}
          class="field-input h-9"
          maxLength={120}
          placeholder="e.g. NEC 210.12(A)"
          value={reference()}
          onInput={(event) => setReference(event.currentTarget.value)}
          data-testid="z-correction-reference"
        />
      </div>
      <div>
        <label for={`${id}-severity`} class="field-label">
          How serious is it?
        </label>
        <select id={`${id}-severity`} class="field-input h-9" value={severity()} onChange={(event) => setSeverity(event.currentTarget.value as CorrectionSeverity)} data-testid="z-correction-severity">
          <For each={SEVERITIES}>{(option) => <option value={option.value}>{option.label}</option>}</For>
        </select>
      </div>
      <Show when={error()}>
        <p role="alert" class="rounded-md border border-red-200 bg-red-50 px-2.5 py-1.5 text-sm text-red-700" data-testid="z-correction-error">
          {error()}
        </p>
      </Show>
      <div class="flex justify-end gap-2">
        <button type="button" class="btn-ghost py-1.5" onClick={() => props.onCancel()}>
          Cancel
        </button>
        <button type="submit" class="btn-primary py-1.5" disabled={sending()} data-testid="z-correction-send">
          {sending() ? 'Sending…' : 'Send correction'}
        </button>
      </div>
    </form>
  );
}
