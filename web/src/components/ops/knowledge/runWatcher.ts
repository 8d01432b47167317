import { createSignal, onCleanup } from 'solid-js';
import { errorMessage } from '../../../lib/api';
import { loadRun, runFinished, type PipelineRun } from '../../../lib/ops';

const POLL_MS = 1000;

/**
 * Starts a background run (`start` answers 202 with its run id) and follows it in the run log
 * until it ends, so the page can draw its progress. `onDone` runs once with the last state.
 */
export function createRunWatcher(start: () => Promise<{ runId: string }>, onDone: (run: PipelineRun) => void) {
  const [run, setRun] = createSignal<PipelineRun>();
  const [starting, setStarting] = createSignal(false);
  const [error, setError] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  onCleanup(() => {
    stopped = true;
    clearTimeout(timer);
  });

  const poll = async (runId: string) => {
    if (stopped) return;
    try {
      const current = await loadRun(runId);
      setRun(current);
      if (runFinished(current)) {
        onDone(current);
        return;
      }
    } catch (cause) {
      // One failed poll is not the end of the run: say so and keep asking.
      setError(`Lost track of the run for a moment: ${errorMessage(cause)}`);
    }
    timer = setTimeout(() => void poll(runId), POLL_MS);
  };

  return {
    run,
    starting,
    error,
    /** Whether the run followed here is still going. */
    active: () => {
      const current = run();
      return starting() || (current !== undefined && !runFinished(current));
    },
    /** Follows a run that was already going when the page opened (started elsewhere or before a reload). */
    follow: (current: PipelineRun) => {
      if (run() || runFinished(current)) return;
      setRun(current);
      timer = setTimeout(() => void poll(current.id), POLL_MS);
    },
    start: async () => {
      const current = run();
      if (starting() || (current && !runFinished(current))) return;
      setStarting(true);
      setError('');
      try {
        const { runId } = await start();
        setRun(undefined);
        await poll(runId);
      } catch (cause) {
        setError(errorMessage(cause));
      }
      setStarting(false);
    },
  };
}
