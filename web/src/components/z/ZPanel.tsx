import { createEffect, createSignal, For, on, Show, type JSX } from 'solid-js';
import ZAnswer from './ZAnswer';
import { createZThread } from './zThread';
import { closeZPanel, zPanelOpen } from './zPanelState';
import { humanize } from '../../lib/format';
import { describeLocation } from '../../lib/zSession';
import type { ZPlatform } from '../../lib/zChat';

const MAX_MESSAGE = 8000;

/** `invoice_list:overdue` → “Invoice list (overdue)”. */
function screenLabel(screen: string): string {
  const [name = '', filter] = screen.split(':');
  return filter ? `${humanize(name)} (${filter.replace(/[-_]+/g, ' ')})` : humanize(name);
}

/**
 * Z's side panel, on every CRM page: the conversation of this session, streamed answers, and
 * a box to ask. Docked on the right of very wide screens (the page makes room for it); below
 * that a slide-over, which leaves the page usable beside it on desktops and dims it on
 * tablets and phones (the CRM's pages are not laid out for a 640px-wide column between the
 * sidebar and a docked panel). Escape closes it.
 */
export default function ZPanel(props: {
  /** Default `web_crm`; the client portal passes `client_portal` (the homeowner's Z, its own conversation). */
  platform?: ZPlatform;
  /** What the empty panel says Z can do; the CRM's text by default. */
  intro?: JSX.Element;
  /** The line under Z's name. */
  subtitle?: string;
}) {
  const thread = createZThread(props.platform);
  const [draft, setDraft] = createSignal('');
  const whereNow = () => screenLabel(describeLocation(window.location).screen);
  // The address can change in place (the jobs calendar), so it is read again on open and on send.
  const [screen, setScreen] = createSignal(whereNow());
  let input!: HTMLTextAreaElement;
  let log!: HTMLDivElement;
  /** Follow the answer as it streams, unless the user scrolled up to read. */
  let following = true;

  createEffect(
    on(zPanelOpen, (open) => {
      if (!open) return;
      setScreen(whereNow());
      queueMicrotask(() => input.focus());
    }, { defer: true }),
  );
  createEffect(() => {
    const turns = thread.turns();
    // Read the streaming text too, so each piece scrolls into view.
    void turns.at(-1)?.answer;
    void turns.at(-1)?.state;
    if (following) queueMicrotask(() => log.scrollTo({ top: log.scrollHeight }));
  });

  const send = () => {
    const message = draft().trim();
    if (!message || thread.busy()) return;
    setDraft('');
    setScreen(whereNow());
    following = true;
    void thread.ask(message);
  };

  return (
    <>
      <Show when={zPanelOpen()}>
        <div class="fixed inset-0 z-[55] bg-slate-900/30 lg:hidden" aria-hidden="true" onClick={() => closeZPanel()} />
      </Show>
      <aside
        id="z-panel"
        aria-labelledby="z-panel-title"
        class={`fixed inset-y-0 right-0 z-[60] flex w-full flex-col border-l border-slate-200 bg-white shadow-2xl transition-transform sm:w-96 2xl:z-30 2xl:shadow-none ${
          zPanelOpen() ? 'translate-x-0' : 'invisible translate-x-full'
        }`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            closeZPanel();
          }
        }}
        data-testid="z-panel"
        data-open={zPanelOpen()}
      >
        <header class="border-b border-slate-200">
          <div class="flex items-center justify-between gap-3 px-4 pt-3 pb-2">
            <div class="flex min-w-0 items-center gap-2.5">
              <span class="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white" aria-hidden="true">
                Z
              </span>
              <div class="min-w-0">
                <h2 id="z-panel-title" class="text-base leading-tight font-semibold text-slate-900">
                  Z
                </h2>
                <p class="text-xs text-slate-500">{props.subtitle ?? 'Your ZAFTO assistant'}</p>
              </div>
            </div>
            <button type="button" class="btn-ghost -mr-1.5 p-1.5" onClick={() => closeZPanel()} data-testid="z-close">
              <svg viewBox="0 0 20 20" class="size-5" fill="currentColor" aria-hidden="true">
                <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
              </svg>
              <span class="sr-only">Close Z</span>
            </button>
          </div>
          <div class="flex items-center justify-between gap-3 px-4 pb-2">
            <p class="min-w-0 truncate text-xs text-slate-500" data-testid="z-screen" title="Z sees the page you are on and the records open on it">
              Looking at: <span class="font-medium text-slate-700">{screen()}</span>
            </p>
            <button
              type="button"
              class="shrink-0 rounded-md px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:text-slate-400 disabled:hover:bg-transparent"
              onClick={() => thread.startOver()}
              disabled={thread.turns().length === 0}
              data-testid="z-new-conversation"
            >
              New conversation
            </button>
          </div>
        </header>

        <div
          ref={log}
          class="min-h-0 flex-1 overflow-y-auto px-4 py-4"
          tabIndex={0}
          role="log"
          aria-label="Conversation with Z"
          onScroll={() => {
            following = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
          }}
          data-testid="z-messages"
        >
          <Show when={thread.restarted()}>
            <p class="mb-4 rounded-lg border border-slate-200 px-3.5 py-2 text-xs text-slate-600" role="status" data-testid="z-restarted">
              Your earlier conversation ended after 30 minutes without activity, so this is a new one.
            </p>
          </Show>
          <Show when={thread.turns().length === 0}>
            <div class="rounded-lg bg-slate-50 px-3.5 py-3 text-sm text-slate-600" data-testid="z-intro">
              <Show
                when={props.intro}
                fallback={
                  <>
                    <p>
                      Ask about your work — jobs, customers, the schedule — or a code or trade question. Z knows which page you are on.
                    </p>
                    <p class="mt-2">When you ask for a change, Z shows it first and saves nothing until you press Confirm.</p>
                  </>
                }
              >
                {props.intro}
              </Show>
            </div>
          </Show>
          <ol class="space-y-6">
            <For each={thread.turns()}>{(turn) => <ZAnswer turn={turn} thread={thread} />}</For>
          </ol>
        </div>

        <form
          class="border-t border-slate-200 px-4 py-3"
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <label for="z-input" class="sr-only">
            Message Z
          </label>
          <textarea
            ref={input}
            id="z-input"
            class="field-input mt-0 max-h-40 min-h-10 resize-none"
            rows={2}
            maxLength={MAX_MESSAGE}
            placeholder="Ask Z…"
            value={draft()}
            onInput={(event) => setDraft(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                send();
              }
            }}
            aria-describedby="z-input-hint"
            data-testid="z-input"
          />
          <div class="mt-2 flex items-center justify-between gap-3">
            <p id="z-input-hint" class="text-xs text-slate-500">
              Enter to send · Shift+Enter for a new line
            </p>
            <Show
              when={thread.busy()}
              fallback={
                <button type="submit" class="btn-primary py-1.5" disabled={!draft().trim()} data-testid="z-send">
                  Send
                </button>
              }
            >
              <button type="button" class="btn-secondary py-1.5" onClick={() => thread.stop()} data-testid="z-stop">
                Stop
              </button>
            </Show>
          </div>
        </form>
      </aside>
    </>
  );
}
