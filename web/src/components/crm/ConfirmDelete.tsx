import { createSignal } from 'solid-js';
import Dialog from './Dialog';
import { FormError } from './fields';
import { errorMessage } from '../../lib/api';

interface ConfirmDeleteProps {
  /** What is being deleted, e.g. the customer's name; the dialog is open while set. */
  subject: string | undefined;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId: string;
  /** Defaults to “Delete {subject}?”. */
  title?: string;
  /** Defaults to a warning that the record is gone for good. */
  description?: string;
  /** The confirming button: defaults to “Delete”, and “Deleting…” while it runs. */
  confirmLabel?: string;
  busyLabel?: string;
}

/** Asks before deleting (or removing), runs it, and keeps the dialog open with the reason if it fails. */
export default function ConfirmDelete(props: ConfirmDeleteProps) {
  return (
    <Dialog
      open={props.subject !== undefined}
      onClose={props.onClose}
      title={props.title ?? `Delete ${props.subject ?? ''}?`}
      description={props.description ?? 'This permanently removes the record. It cannot be undone.'}
      variant="center"
      testId={props.testId}
    >
      <ConfirmActions
        onConfirm={props.onConfirm}
        onClose={props.onClose}
        confirmLabel={props.confirmLabel ?? 'Delete'}
        busyLabel={props.busyLabel ?? 'Deleting…'}
      />
    </Dialog>
  );
}

function ConfirmActions(props: { onConfirm: () => Promise<void>; onClose: () => void; confirmLabel: string; busyLabel: string }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const confirm = async () => {
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
    <div class="space-y-4 px-6 py-4">
      <FormError message={error()} testId="confirm-error" />
      <div class="flex justify-end gap-3">
        <button type="button" class="btn-secondary" onClick={() => props.onClose()} data-testid="confirm-cancel">
          Cancel
        </button>
        <button type="button" class="btn-danger" disabled={busy()} onClick={() => void confirm()} data-testid="confirm-delete">
          {busy() ? props.busyLabel : props.confirmLabel}
        </button>
      </div>
    </div>
  );
}
