import { children as resolve, createSignal, Show, type JSX } from 'solid-js';
import Dialog from './Dialog';
import { FormError } from './fields';
import { errorMessage } from '../../lib/api';

interface ActionDialogProps {
  open: boolean;
  title: string;
  description?: string;
  confirmLabel: string;
  busyLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** The dialog's test id; its parts default to `<testId>-error`, `-cancel` and `-confirm`. */
  testId: string;
  partTestIds?: { error: string; cancel: string; confirm: string };
  /** Optional fields between the description and the buttons. */
  children?: JSX.Element;
}

/** A small confirmation box for one action: runs it, and keeps the reason on screen if it fails. */
export default function ActionDialog(props: ActionDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.title} description={props.description} variant="center" testId={props.testId}>
      <ActionBody {...props} />
    </Dialog>
  );
}

function ActionBody(props: ActionDialogProps) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const fields = resolve(() => props.children);
  const part = (name: 'error' | 'cancel' | 'confirm') => props.partTestIds?.[name] ?? `${props.testId}-${name}`;
  const run = async (event: SubmitEvent) => {
    event.preventDefault();
    // The dialog may sit inside another form (a panel's delete button): its submit is not theirs.
    event.stopPropagation();
    if (busy()) return;
    setBusy(true);
    setError('');
    try {
      await props.onConfirm();
    } catch (cause) {
      setError(errorMessage(cause));
      setBusy(false);
    }
  };
  return (
    <form class="space-y-4 px-6 py-4" onSubmit={run} novalidate>
      <FormError message={error()} testId={part('error')} />
      <Show when={fields()}>{fields()}</Show>
      <div class="flex justify-end gap-3">
        <button type="button" class="btn-secondary" onClick={() => props.onClose()} data-testid={part('cancel')}>
          Cancel
        </button>
        <button type="submit" class={props.danger ? 'btn-danger' : 'btn-primary'} disabled={busy()} data-testid={part('confirm')}>
          {busy() ? props.busyLabel : props.confirmLabel}
        </button>
      </div>
    </form>
  );
}
