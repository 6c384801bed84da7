// Runs the checks as the author types: after a pause (debounced), in a worker, and only the newest
// text counts. A worker cannot be interrupted mid-run, so when a newer text arrives while it is still
// walking an older one, that worker is dropped and a fresh one started: stale work is cancelled, not
// waited for. Results of an older request that still arrive are ignored.
import type { StudioLang } from "../panel-host.ts";
import type { CheckResult } from "./findings.ts";

/** What the runner needs of a Worker (a fake in unit tests). */
export interface CheckWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export interface RunnerOptions {
  makeWorker: () => CheckWorker;
  /** Milliseconds of quiet before checking. */
  delay?: number;
  onResult: (result: CheckResult) => void;
  onError: (message: string) => void;
  /** Told when a check starts and ends, for a "checking…" state. */
  onBusy?: (busy: boolean) => void;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export const CHECK_DELAY_MS = 400;

export interface CheckRunner {
  /** Asks for a check of this document; replaces any request not yet answered. */
  request(doc: unknown, lang: StudioLang): void;
  destroy(): void;
}

export function checkRunner(options: RunnerOptions): CheckRunner {
  const delay = options.delay ?? CHECK_DELAY_MS;
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  let worker: CheckWorker | undefined;
  let timer: unknown;
  let latest = 0;
  let busyWith = 0;
  let destroyed = false;

  const drop = () => {
    worker?.terminate();
    worker = undefined;
  };
  const start = (): CheckWorker => {
    const w = options.makeWorker();
    w.onmessage = (e) => {
      const data = e.data as { id: number; result?: CheckResult; error?: string };
      if (data.id !== busyWith) return;
      busyWith = 0;
      options.onBusy?.(false);
      if (data.id !== latest) return;
      if (data.result) options.onResult(data.result);
      else options.onError(data.error ?? "");
    };
    w.onerror = (e) => {
      busyWith = 0;
      drop();
      options.onBusy?.(false);
      const message = (e as { message?: unknown } | null)?.message;
      options.onError(typeof message === "string" ? message : "");
    };
    return w;
  };
  const send = (id: number, doc: unknown, lang: StudioLang) => {
    if (destroyed || id !== latest) return;
    // Still walking an older text: that answer is of no use any more.
    if (busyWith !== 0) drop();
    worker ??= start();
    busyWith = id;
    options.onBusy?.(true);
    worker.postMessage({ id, doc, lang });
  };
  return {
    request(doc, lang) {
      if (destroyed) return;
      const id = ++latest;
      if (timer !== undefined) timers.clear(timer);
      timer = timers.set(() => {
        timer = undefined;
        send(id, doc, lang);
      }, delay);
    },
    destroy() {
      destroyed = true;
      if (timer !== undefined) timers.clear(timer);
      drop();
    },
  };
}
