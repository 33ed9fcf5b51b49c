// Follows a submission (or a run) until its verdict: Server-Sent Events where
// the platform has EventSource (the web), polling otherwise (React Native) or
// when the event stream fails. Returns a function that stops watching.
import type { Api } from './api';
import { isFinished, type Submission } from './types';

export interface WatchOptions {
  pollMs?: number;
  useSse?: boolean;
}

export function watchResult(
  api: Api,
  kind: 'submission' | 'run',
  id: string,
  onUpdate: (s: Submission) => void,
  onError: (e: unknown) => void,
  opts: WatchOptions = {},
): () => void {
  const pollMs = opts.pollMs ?? 1000;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let es: EventSource | null = null;
  let failures = 0;

  const poll = async () => {
    if (stopped) return;
    try {
      const s = await api.result(kind, id);
      if (stopped) return;
      failures = 0;
      onUpdate(s);
      if (isFinished(s)) return;
    } catch (e) {
      if (stopped) return;
      failures++;
      onError(e);
      if (failures >= 30) return;
    }
    timer = setTimeout(poll, pollMs);
  };

  const canSse = (opts.useSse ?? true) && typeof EventSource !== 'undefined';
  if (canSse) {
    es = new EventSource(api.eventsUrl(kind, id));
    let last: Submission | null = null;
    es.addEventListener('status', (ev) => {
      try {
        last = JSON.parse((ev as MessageEvent).data) as Submission;
        onUpdate(last);
      } catch {
        // a malformed event: the poll after the stream ends corrects it
      }
    });
    es.addEventListener('done', () => {
      es?.close();
      es = null;
      if (!last || !isFinished(last)) void poll();
    });
    es.onerror = () => {
      es?.close();
      es = null;
      if (!stopped && (!last || !isFinished(last))) void poll();
    };
  } else {
    void poll();
  }

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    es?.close();
  };
}
