import { logEvent } from "./log.ts";

// Keep a workflow going when a vendor call fails.
export async function attempt<T>(fn: () => PromiseLike<T>, fallback?: T): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    logEvent("attempt.failed", { error: String(err) });
    return fallback;
  }
}

export function isSuspend(err: unknown): boolean {
  return !!err && typeof err === "object" && (err as { name?: string }).name === "StepSuspend";
}

// The same, but lets the SDK's suspension through first.
export async function attemptDurable<T>(fn: () => PromiseLike<T>, fallback?: T): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (isSuspend(err)) throw err;
    logEvent("attempt.failed", { error: String(err) });
    return fallback;
  }
}
