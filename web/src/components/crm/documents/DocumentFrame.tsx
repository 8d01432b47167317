import type { Accessor, JSX } from 'solid-js';
import type { DocumentPage } from './documentPage';
import { documentPaths } from './paths';
import { Notice } from '../Notice';
import RecordFrame from '../RecordFrame';
import type { SavedDocument } from '../../../lib/types/bids';

/** The page around one bid or invoice: the way back to the list, loading and error states, and the notice. */
export default function DocumentFrame<D extends SavedDocument>(props: { page: DocumentPage<D>; children: (document: Accessor<D>) => JSX.Element }) {
  const noun = () => props.page.noun;
  return (
    <section aria-labelledby={`${noun()}-heading`} data-testid={`${noun()}-view`}>
      <RecordFrame
        back={{ href: documentPaths(noun()).list, label: `All ${noun()}s` }}
        record={props.page.document}
        testPrefix={noun()}
        loadingLabel={`Loading the ${noun()}…`}
        skeleton="rows"
      >
        {props.children}
      </RecordFrame>
      <Notice message={props.page.notice.message()} />
    </section>
  );
}
