import { createEffect, Show, type JSX } from 'solid-js';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  /** `panel` slides in from the right (forms); `center` is a small confirmation box. */
  variant?: 'panel' | 'center';
  testId: string;
  children: JSX.Element;
}

let nextId = 0;

/**
 * A modal built on the native <dialog>, which brings focus trapping, Escape to close and
 * the inert background for free. Content mounts only while open, so forms start fresh.
 */
export default function Dialog(props: DialogProps) {
  let element!: HTMLDialogElement;
  const id = `dialog-${++nextId}`;

  createEffect(() => {
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  });

  const placement = () =>
    props.variant === 'center'
      ? 'm-auto w-[calc(100%-2rem)] max-w-md rounded-xl'
      : 'my-0 mr-0 ml-auto h-dvh max-h-none w-full max-w-xl sm:rounded-l-xl';

  return (
    <dialog
      ref={element}
      class={`bg-white p-0 text-slate-900 shadow-2xl open:flex open:flex-col ${placement()}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={props.description ? `${id}-description` : undefined}
      data-testid={props.testId}
      onClose={() => props.onClose()}
      onClick={(event) => {
        if (event.target === element) props.onClose();
      }}
    >
      <Show when={props.open}>
        <div class="flex min-h-0 flex-1 flex-col">
          <div class="flex items-start justify-between gap-4 border-b border-slate-200 px-6 py-4">
            <div class="min-w-0">
              <h2 id={`${id}-title`} class="text-lg font-semibold break-words text-slate-900">
                {props.title}
              </h2>
              <Show when={props.description}>
                <p id={`${id}-description`} class="mt-1 text-sm text-slate-600">
                  {props.description}
                </p>
              </Show>
            </div>
            <button type="button" class="btn-ghost -mr-2 p-1.5" onClick={() => props.onClose()} data-testid={`${props.testId}-close`}>
              <svg viewBox="0 0 20 20" class="size-5" fill="currentColor" aria-hidden="true">
                <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
              </svg>
              <span class="sr-only">Close</span>
            </button>
          </div>
          {props.children}
        </div>
      </Show>
    </dialog>
  );
}
