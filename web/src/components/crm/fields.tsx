import { For, Show, splitProps, type JSX } from 'solid-js';

interface FieldFrameProps {
  id: string;
  label: string;
  optional?: boolean;
  error?: string;
  hint?: string;
  children: JSX.Element;
}

/** Label, control and the message under it, wired together for screen readers. */
function FieldFrame(props: FieldFrameProps) {
  return (
    <div>
      <label for={props.id} class="field-label">
        {props.label}
        <Show when={props.optional}>
          <span class="font-normal text-slate-500"> (optional)</span>
        </Show>
      </label>
      {props.children}
      <Show when={props.error} fallback={<Show when={props.hint}><p id={`${props.id}-hint`} class="mt-1 text-xs text-slate-500">{props.hint}</p></Show>}>
        <p id={`${props.id}-error`} class="field-error" data-testid={`field-error-${props.id}`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

function describedBy(props: { id: string; error?: string; hint?: string }) {
  if (props.error) return `${props.id}-error`;
  return props.hint ? `${props.id}-hint` : undefined;
}

type CommonProps = Omit<FieldFrameProps, 'children'> & { value: string; onValue: (value: string) => void };

export function TextField(props: CommonProps & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'id'>) {
  const [own, input] = splitProps(props, ['id', 'label', 'optional', 'error', 'hint', 'value', 'onValue']);
  return (
    <FieldFrame id={own.id} label={own.label} optional={own.optional} error={own.error} hint={own.hint}>
      <input
        {...input}
        id={own.id}
        class="field-input h-10"
        value={own.value}
        onInput={(event) => own.onValue(event.currentTarget.value)}
        aria-invalid={Boolean(own.error)}
        aria-describedby={describedBy(own)}
        aria-required={own.optional ? undefined : 'true'}
        data-testid={own.id}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: CommonProps & { rows?: number; maxLength?: number }) {
  return (
    <FieldFrame id={props.id} label={props.label} optional={props.optional} error={props.error} hint={props.hint}>
      <textarea
        id={props.id}
        class="field-input resize-y"
        rows={props.rows ?? 4}
        maxLength={props.maxLength}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy(props)}
        data-testid={props.id}
      />
    </FieldFrame>
  );
}

export function SelectField(props: CommonProps & { options: ReadonlyArray<{ value: string; label: string }>; placeholder?: string }) {
  return (
    <FieldFrame id={props.id} label={props.label} optional={props.optional} error={props.error} hint={props.hint}>
      <select
        id={props.id}
        class="field-input h-10"
        value={props.value}
        onChange={(event) => props.onValue(event.currentTarget.value)}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy(props)}
        data-testid={props.id}
      >
        <Show when={props.placeholder !== undefined}>
          <option value="">{props.placeholder}</option>
        </Show>
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
    </FieldFrame>
  );
}

/** A form-level error (server message, or a summary when fields are highlighted). */
export function FormError(props: { message: string; testId: string }) {
  return (
    <Show when={props.message}>
      <div role="alert" class="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid={props.testId}>
        {props.message}
      </div>
    </Show>
  );
}
