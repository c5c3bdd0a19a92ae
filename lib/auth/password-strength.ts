import path from "node:path";
import { Worker } from "node:worker_threads";

interface Verdict {
  id: number;
  score: number;
  warning: string;
  suggestion: string;
}

// The worker lives while people sign up and goes away after a quiet minute, returning its memory.
const IDLE_MS = 60_000;
const KEY = Symbol.for("steady.password-strength");
interface State {
  worker?: Worker;
  idle?: NodeJS.Timeout;
  next: number;
  pending: Map<number, { resolve: (v: Verdict) => void; reject: (e: Error) => void }>;
}
const state: State = ((globalThis as Record<symbol, State>)[KEY] ??= { next: 1, pending: new Map() });

function worker(): Worker {
  if (state.worker) return state.worker;
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), "lib/auth/password-strength.worker.mjs");
  const w = new Worker(file);
  w.unref();
  w.on("message", (verdict: Verdict) => {
    state.pending.get(verdict.id)?.resolve(verdict);
    state.pending.delete(verdict.id);
  });
  const fail = (err: Error) => {
    for (const p of state.pending.values()) p.reject(err);
    state.pending.clear();
    if (state.worker === w) state.worker = undefined;
  };
  w.on("error", fail);
  w.on("exit", () => fail(new Error("password checker stopped")));
  state.worker = w;
  return w;
}

function scheduleIdleStop() {
  clearTimeout(state.idle);
  state.idle = setTimeout(() => {
    if (state.pending.size === 0) void state.worker?.terminate();
  }, IDLE_MS);
  state.idle.unref();
}

/**
 * Rejects common and pattern-based passwords (zxcvbn score < 3 of 4) with zxcvbn's own advice;
 * null when the password is strong enough. Runs in a worker thread (lib/auth/password-strength.worker.mjs).
 */
export async function weakPasswordReason(password: string, userInputs: string[] = []): Promise<string | null> {
  const id = state.next++;
  const verdict = await new Promise<Verdict>((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    worker().postMessage({ id, password, inputs: userInputs });
  });
  scheduleIdleStop();
  if (verdict.score >= 3) return null;
  const advice = verdict.warning || verdict.suggestion;
  return `That password is easy to guess${advice ? ` (${advice.replace(/\.$/, "").toLowerCase()})` : ""}. Try a few unrelated words together.`;
}

/** Stops the worker now (tests, graceful shutdown). */
export async function stopPasswordChecker() {
  clearTimeout(state.idle);
  const w = state.worker;
  state.worker = undefined;
  await w?.terminate();
}
