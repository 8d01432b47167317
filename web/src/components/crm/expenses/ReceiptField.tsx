import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { RECEIPT_ACCEPT, receiptProblem } from './receiptFile';
import DownloadButton from '../DownloadButton';
import { apiPath } from '../../../lib/api';
import type { FileInfo } from '../../../lib/types/expenses';

/** Picks a receipt photo or PDF (the phone's camera is offered too) and previews a chosen photo. */
export default function ReceiptField(props: { current: FileInfo | null; file: File | undefined; onFile: (file: File | undefined) => void }) {
  const [problem, setProblem] = createSignal('');
  const [preview, setPreview] = createSignal('');
  createEffect(() => {
    const file = props.file;
    const url = file && file.type.startsWith('image/') && file.type !== 'image/heic' ? URL.createObjectURL(file) : '';
    setPreview(url);
    onCleanup(() => url && URL.revokeObjectURL(url));
  });

  const choose = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const reason = receiptProblem(file);
    setProblem(reason ?? '');
    if (reason) {
      input.value = '';
      props.onFile(undefined);
    } else props.onFile(file);
  };

  return (
    <div>
      <label for="expense-receipt" class="field-label">
        Receipt <span class="font-normal text-slate-500">(optional)</span>
      </label>
      <Show when={props.current && !props.file}>
        <div class="mt-1 mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-700" data-testid="expense-receipt-current">
          <span class="truncate">{props.current?.name}</span>
          <DownloadButton path={apiPath(props.current?.url ?? '')} filename={props.current?.name ?? 'receipt'} label="Download" busyLabel="Downloading…" class="btn-ghost py-1" testId="expense-receipt-download" />
        </div>
      </Show>
      <input
        id="expense-receipt"
        type="file"
        accept={RECEIPT_ACCEPT}
        class="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-700 hover:file:bg-slate-200"
        aria-describedby="expense-receipt-hint"
        onChange={(event) => choose(event.currentTarget)}
        data-testid="expense-receipt"
      />
      <p id="expense-receipt-hint" class={problem() ? 'field-error' : 'mt-1 text-xs text-slate-500'}>
        {problem() || (props.current ? 'Choosing a file replaces the current receipt. Photo or PDF, up to 10 MB.' : 'A photo or PDF, up to 10 MB. Large photos are scaled down before upload.')}
      </p>
      <Show when={preview()}>
        <img src={preview()} alt="Receipt preview" class="mt-2 max-h-48 rounded-lg border border-slate-200 object-contain" />
      </Show>
    </div>
  );
}
