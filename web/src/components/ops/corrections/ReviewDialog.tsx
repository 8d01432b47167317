import { createSignal, Show } from 'solid-js';
import ActionDialog from '../../crm/ActionDialog';
import { TextAreaField } from '../../crm/fields';
import { REVIEW_NOTE_MAX, reviewCorrection, type Correction } from '../../../lib/ops';

interface ReviewDialogProps {
  review: { correction: Correction; decision: 'validate' | 'reject' } | undefined;
  onClose: () => void;
  onReviewed: (before: Correction, after: Correction) => void;
}

/** Validate or reject one correction with a required note; the sender receives the outcome. */
export default function ReviewDialog(props: ReviewDialogProps) {
  const [note, setNote] = createSignal('');
  const [noteError, setNoteError] = createSignal('');
  const validate = () => props.review?.decision === 'validate';
  const close = () => {
    setNote('');
    setNoteError('');
    props.onClose();
  };

  return (
    <ActionDialog
      open={Boolean(props.review)}
      title={validate() ? 'Validate this correction' : 'Reject this correction'}
      description={
        validate()
          ? 'It is flagged for the corpus and counted for its topic. The person who sent it is told, with your note.'
          : 'Z keeps its answer. The person who sent the correction is told, with your note.'
      }
      confirmLabel={validate() ? 'Validate' : 'Reject'}
      busyLabel={validate() ? 'Validating…' : 'Rejecting…'}
      danger={!validate()}
      testId="review-dialog"
      onClose={close}
      onConfirm={async () => {
        const review = props.review;
        if (!review) return;
        const text = note().trim();
        if (!text) {
          setNoteError('Write a note: it tells the sender why.');
          throw new Error('Add a note before you decide.');
        }
        if (text.length > REVIEW_NOTE_MAX) {
          setNoteError(`Keep the note under ${REVIEW_NOTE_MAX} characters.`);
          throw new Error('The note is too long.');
        }
        const after = await reviewCorrection(review.correction.id, { decision: review.decision, note: text });
        props.onReviewed(review.correction, after);
        close();
      }}
    >
      <Show when={props.review}>
        <TextAreaField
          id="review-note"
          label="Note to the sender"
          value={note()}
          onValue={(value) => {
            setNote(value);
            if (value.trim()) setNoteError('');
          }}
          error={noteError()}
          hint={`${note().trim().length}/${REVIEW_NOTE_MAX} — e.g. “Confirmed against NEC 250.66; added to the grounding guide.”`}
          rows={4}
          maxLength={REVIEW_NOTE_MAX}
        />
      </Show>
    </ActionDialog>
  );
}
