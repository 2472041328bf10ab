// Retry helpers for flaky cellar hardware and supplier APIs.
export async function withRetry<T>(fn: () => Promise<T>, tries = 3): Promise<T | undefined> {
  for (let i = 0; i < tries; i++) {
    try {
      return await fn();
    } catch (err) {
      console.warn(`attempt ${i + 1} failed`, err);
    }
  }
  return undefined;
}

export async function withRetryDurable<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof Error && err.name === "StepSuspend") throw err;
      last = err;
    }
  }
  throw last;
}

export function quietly<T>(p: PromiseLike<T>): Promise<T | undefined> {
  return Promise.resolve(p).catch(() => undefined);
}
