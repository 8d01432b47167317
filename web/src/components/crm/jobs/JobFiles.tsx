import { createSignal, For, Show } from 'solid-js';
import ConfirmDelete from '../ConfirmDelete';
import { FormError } from '../fields';
import { api, apiPath, errorMessage, upload } from '../../../lib/api';
import { createBlobUrl, createDownload } from '../../../lib/downloads';
import { formatDate } from '../../../lib/format';
import { JOB_FILE_TYPES, MAX_JOB_FILE_BYTES, type JobFile } from '../../../lib/types/jobs';

const SHOWABLE = ['image/jpeg', 'image/png', 'image/webp'];

/** A photo's thumbnail (fetched with the bearer token), or a document tile; either opens the file. */
function FileTile(props: { file: JobFile; canDelete: boolean; onDelete: () => void }) {
  const image = SHOWABLE.includes(props.file.contentType);
  const thumbnail = createBlobUrl(() => (image ? apiPath(props.file.url) : undefined));
  const [broken, setBroken] = createSignal(false);
  const download = createDownload();
  const open = () => download.start(apiPath(props.file.url), props.file.name);
  return (
    <li class="group relative overflow-hidden rounded-lg border border-slate-200 bg-slate-50" data-testid="job-file">
      <button type="button" class="block aspect-square w-full" onClick={() => void open()} title={`Download ${props.file.name}`}>
        <Show
          when={!broken() && thumbnail.url()}
          fallback={
            <span class="flex h-full flex-col items-center justify-center gap-1 p-2 text-xs text-slate-500">
              <svg viewBox="0 0 24 24" class="size-8" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true">
                <path d="M7 3h7l5 5v13H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm7 0v5h5" />
              </svg>
              {image && !thumbnail.error() && !broken() ? 'Loading…' : props.file.contentType === 'application/pdf' ? 'PDF' : 'File'}
            </span>
          }
        >
          {(src) => <img src={src()} alt={props.file.name} class="h-full w-full object-cover" onError={() => setBroken(true)} data-testid="job-file-thumbnail" />}
        </Show>
      </button>
      <div class="flex items-center justify-between gap-1 border-t border-slate-200 bg-white px-2 py-1">
        <span class="min-w-0 truncate text-xs text-slate-600" title={`${props.file.name} · ${formatDate(props.file.createdAt)}`}>
          {props.file.name}
        </span>
        <Show when={props.canDelete}>
          <button type="button" class="shrink-0 rounded p-0.5 text-slate-400 hover:bg-red-50 hover:text-red-600" onClick={() => props.onDelete()} data-testid="job-file-delete">
            <svg viewBox="0 0 20 20" class="size-4" fill="currentColor" aria-hidden="true">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
            <span class="sr-only">Delete {props.file.name}</span>
          </button>
        </Show>
      </div>
      <Show when={download.error()}>
        <p class="px-2 pb-1 text-xs text-red-600">{download.error()}</p>
      </Show>
    </li>
  );
}

/** Photos and documents of the job: upload several at once (with progress), open, and (staff) delete. */
export default function JobFiles(props: { jobId: string; files: JobFile[]; staff: boolean; onChanged: () => void }) {
  const [progress, setProgress] = createSignal('');
  const [error, setError] = createSignal('');
  const [deleting, setDeleting] = createSignal<JobFile>();
  let input!: HTMLInputElement;

  const send = async (list: FileList | null | undefined) => {
    const chosen = [...(list ?? [])];
    input.value = '';
    if (chosen.length === 0) return;
    setError('');
    const problems: string[] = [];
    let sent = 0;
    for (const [index, file] of chosen.entries()) {
      if (!(JOB_FILE_TYPES as readonly string[]).includes(file.type)) {
        problems.push(`${file.name}: only photos (JPEG, PNG, WebP, HEIC) and PDFs can be attached.`);
        continue;
      }
      if (file.size > MAX_JOB_FILE_BYTES) {
        problems.push(`${file.name}: larger than 10 MB.`);
        continue;
      }
      setProgress(`Uploading ${index + 1} of ${chosen.length}…`);
      try {
        await upload<JobFile>(`/jobs/${encodeURIComponent(props.jobId)}/files`, file);
        sent++;
      } catch (cause) {
        problems.push(`${file.name}: ${errorMessage(cause)}`);
      }
    }
    setProgress('');
    setError(problems.join(' '));
    if (sent > 0) props.onChanged();
  };

  const remove = async () => {
    const file = deleting();
    if (!file) return;
    await api<void>(apiPath(file.url), { method: 'DELETE' });
    setDeleting(undefined);
    props.onChanged();
  };

  return (
    <section class="card" aria-labelledby="job-files-heading" data-testid="job-files">
      <div class="flex items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
        <h2 id="job-files-heading" class="text-base font-semibold text-slate-900">
          Photos & files
        </h2>
        <input ref={input} id="job-file-input" type="file" aria-label="Add photos or files to this job" multiple accept={JOB_FILE_TYPES.join(',')} class="sr-only" onChange={(event) => void send(event.currentTarget.files)} data-testid="job-file-input" />
        <button type="button" class="btn-secondary py-1.5" disabled={Boolean(progress())} onClick={() => input.click()} data-testid="job-file-upload">
          {progress() || 'Upload'}
        </button>
      </div>
      <div class="space-y-3 px-5 py-4">
        <FormError message={error()} testId="job-file-error" />
        <Show when={props.files.length > 0} fallback={<p class="text-sm text-slate-500" data-testid="job-files-empty">No photos yet. Before-and-after shots protect everyone.</p>}>
          <ul class="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            <For each={props.files}>{(file) => <FileTile file={file} canDelete={props.staff} onDelete={() => setDeleting(file)} />}</For>
          </ul>
        </Show>
      </div>
      <ConfirmDelete subject={deleting()?.name} onConfirm={remove} onClose={() => setDeleting(undefined)} testId="job-file-delete-dialog" />
    </section>
  );
}
