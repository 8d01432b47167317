import { children, Show, type JSX } from 'solid-js';
import { FormError } from './fields';

interface DialogFormProps {
  /** The form's test id, e.g. `customer-form`; its message is `<testId>-error` unless `errorTestId` says otherwise. */
  testId: string;
  errorTestId?: string;
  /** Its state: the form-level message (server answer, or a summary of the fields), and whether a save runs. */
  form: { formError: () => string; saving: () => boolean };
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  /** The submit button's words, and what it says while saving (default “Saving…”). */
  submitLabel: string;
  busyLabel?: string;
  saveTestId: string;
  cancelTestId?: string;
  /** Buttons at the start of the footer (delete, convert); the fields are the children. */
  extraActions?: JSX.Element;
  children: JSX.Element;
}

/** The body of a side-panel form: scrolling fields under the form's message, and Cancel / Save at the bottom. */
export default function DialogForm(props: DialogFormProps) {
  const extra = children(() => props.extraActions);
  const hasExtra = () => extra.toArray().some(Boolean);
  return (
    <form class="flex min-h-0 flex-1 flex-col" novalidate onSubmit={(event) => props.onSubmit(event)} data-testid={props.testId} aria-busy={props.form.saving()}>
      <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5">
        <FormError message={props.form.formError()} testId={props.errorTestId ?? `${props.testId}-error`} />
        {props.children}
      </div>
      <div class={`flex flex-wrap items-center gap-3 border-t border-slate-200 px-6 py-4 ${hasExtra() ? 'justify-between' : 'justify-end'}`}>
        <Show when={hasExtra()}>
          <div class="flex gap-2">{extra()}</div>
        </Show>
        <div class="flex gap-3">
          <button type="button" class="btn-secondary" onClick={() => props.onCancel()} data-testid={props.cancelTestId}>
            Cancel
          </button>
          <button type="submit" class="btn-primary" disabled={props.form.saving()} data-testid={props.saveTestId}>
            {props.form.saving() ? (props.busyLabel ?? 'Saving…') : props.submitLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
