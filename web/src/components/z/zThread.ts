import { batch, createSignal, onCleanup } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { errorMessage } from '../../lib/api';
import { askZ, type FeedbackCategory, type ZIntentOutcome, type ZPlatform, type ZReply } from '../../lib/zChat';
import { rememberAiSummary, sessionStartedAt } from '../../lib/zSession';

/** One question to Z and its answer, as the panel shows it. */
export interface ZTurn {
  id: string;
  question: string;
  /** The answer so far while streaming; the whole answer once done. */
  answer: string;
  state: 'streaming' | 'done' | 'failed' | 'stopped';
  error?: string;
  /** Everything but the text, once the answer is complete. */
  reply?: Omit<ZReply, 'response'>;
  intent?: { status: 'pending' | 'executed' | 'cancelled' | 'closed'; outcome?: ZIntentOutcome; message?: string };
  feedback?: { signal: 'positive' | 'negative'; category?: FeedbackCategory };
  corrected?: boolean;
}

interface StoredThread {
  /** The session the thread belongs to: a session that timed out takes its thread with it. */
  sessionStartedAt: number;
  conversationId?: string;
  turns: ZTurn[];
}

/** One thread per surface: a CRM conversation never continues in the client portal, or back. */
const storageKey = (platform: ZPlatform) => (platform === 'web_crm' ? 'zafto.z.thread' : `zafto.z.thread.${platform}`);
/** Enough to scroll back through; older turns stay in the conversation on the server. */
const KEPT_TURNS = 30;

/** The stored thread of this session; `expired` when the one stored belonged to a session that timed out. */
function readStored(key: string, startedAt: number): { thread: StoredThread; expired: boolean } {
  let stored: StoredThread | undefined;
  try {
    const text = window.sessionStorage.getItem(key);
    stored = text ? (JSON.parse(text) as StoredThread) : undefined;
  } catch {
    // Storage blocked or a corrupt entry: start a new thread.
  }
  if (stored && stored.sessionStartedAt === startedAt && Array.isArray(stored.turns)) {
    // An answer that was still streaming when the user left the page will not finish.
    const turns = stored.turns.map((turn) => (turn.state === 'streaming' ? { ...turn, state: 'stopped' as const } : turn));
    return { thread: { ...stored, turns }, expired: false };
  }
  return { thread: { sessionStartedAt: startedAt, turns: [] }, expired: Boolean(stored?.turns?.length) };
}

let nextTurn = 0;
const turnId = () => `${Date.now().toString(36)}-${++nextTurn}`;

/**
 * The Z conversation of this browser session: its turns, its conversation id (so follow-ups
 * continue the thread across CRM pages), asking with a streamed answer, and the changes the
 * panel makes to a turn (intent outcome, feedback). Kept in sessionStorage, one per `platform`.
 */
export function createZThread(platform: ZPlatform = 'web_crm') {
  const key = storageKey(platform);
  const stored = readStored(key, sessionStartedAt());
  const [thread, setThread] = createStore<StoredThread>(stored.thread);
  const [busy, setBusy] = createSignal(false);
  const [restarted, setRestarted] = createSignal(stored.expired);
  let controller: AbortController | undefined;
  onCleanup(() => controller?.abort());

  const save = () => {
    try {
      window.sessionStorage.setItem(key, JSON.stringify({ ...thread, turns: thread.turns.slice(-KEPT_TURNS) }));
    } catch {
      // Storage blocked or full: the thread stays on this page only.
    }
  };
  const update = (id: string, change: (turn: ZTurn) => void) => {
    setThread('turns', (turn) => turn.id === id, produce(change));
    save();
  };

  const reset = (startedAt: number) => {
    controller?.abort();
    setThread({ sessionStartedAt: startedAt, conversationId: undefined, turns: [] });
    save();
  };

  const ask = async (question: string) => {
    const message = question.trim();
    if (!message || busy()) return;
    // Thirty idle minutes end the session, and the conversation with it.
    const startedAt = sessionStartedAt();
    if (startedAt !== thread.sessionStartedAt) {
      const hadTurns = thread.turns.length > 0;
      reset(startedAt);
      setRestarted(hadTurns);
    }
    const id = turnId();
    const current = new AbortController();
    controller = current;
    batch(() => {
      setBusy(true);
      setThread('turns', (turns) => [...turns, { id, question: message, answer: '', state: 'streaming' }]);
    });
    save();
    try {
      const { response, ...reply } = await askZ({
        message,
        conversationId: thread.conversationId,
        platform,
        signal: current.signal,
        onDelta: (text) => setThread('turns', (turn) => turn.id === id, 'answer', (answer) => answer + text),
        onReset: () => setThread('turns', (turn) => turn.id === id, 'answer', ''),
      });
      // Stopped or started over just as the answer completed: it belongs to no thread on screen.
      if (current.signal.aborted) throw current.signal.reason;
      setThread('conversationId', reply.conversation_id);
      update(id, (turn) => {
        turn.answer = response;
        turn.reply = reply;
        turn.state = 'done';
        if (reply.pending_intent) turn.intent = { status: 'pending' };
      });
      rememberAiSummary(message, response);
    } catch (error) {
      if (current.signal.aborted) update(id, (turn) => void (turn.state = 'stopped'));
      else
        update(id, (turn) => {
          turn.state = 'failed';
          turn.error = errorMessage(error);
        });
    }
    if (controller === current) {
      controller = undefined;
      setBusy(false);
    }
  };

  return {
    turns: () => thread.turns,
    conversationId: () => thread.conversationId,
    busy,
    /** True once a timed-out session started the thread over, to say where the old one went. */
    restarted,
    ask,
    /** Stops the answer being streamed; what arrived so far stays. */
    stop: () => controller?.abort(),
    /** Forgets the conversation: the next question starts a new one. */
    startOver: () => {
      reset(sessionStartedAt());
      setRestarted(false);
      setBusy(false);
    },
    /** Asks the question of a failed or stopped turn again, in place of it. */
    retry: (id: string) => {
      const turn = thread.turns.find((entry) => entry.id === id);
      if (!turn || busy()) return;
      setThread('turns', (turns) => turns.filter((entry) => entry.id !== id));
      void ask(turn.question);
    },
    setIntent: (id: string, intent: NonNullable<ZTurn['intent']>) => update(id, (turn) => void (turn.intent = intent)),
    setFeedback: (id: string, feedback: ZTurn['feedback']) => update(id, (turn) => void (turn.feedback = feedback)),
    setCorrected: (id: string) => update(id, (turn) => void (turn.corrected = true)),
  };
}

export type ZThread = ReturnType<typeof createZThread>;
