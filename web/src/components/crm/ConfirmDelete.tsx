import ActionDialog from './ActionDialog';

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
    <ActionDialog
      open={props.subject !== undefined}
      title={props.title ?? `Delete ${props.subject ?? ''}?`}
      description={props.description ?? 'This permanently removes the record. It cannot be undone.'}
      confirmLabel={props.confirmLabel ?? 'Delete'}
      busyLabel={props.busyLabel ?? 'Deleting…'}
      danger
      onConfirm={props.onConfirm}
      onClose={props.onClose}
      testId={props.testId}
      partTestIds={{ error: 'confirm-error', cancel: 'confirm-cancel', confirm: 'confirm-delete' }}
    />
  );
}
