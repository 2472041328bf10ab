import { isSuspend } from "./suspend.ts";

export class RetryPolicy {
  constructor(private readonly attempts: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    let last: unknown;
    for (let i = 0; i < this.attempts; i++) {
      try {
        return await fn();
      } catch (e) {
        console.warn(`attempt ${i + 1}/${this.attempts} failed`, e);
        last = e;
      }
    }
    throw last;
  }
}

export class SuspendSafePolicy {
  constructor(private readonly attempts: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    let last: unknown;
    for (let i = 0; i < this.attempts; i++) {
      try {
        return await fn();
      } catch (e) {
        if (isSuspend(e)) throw e;
        console.warn(`attempt ${i + 1}/${this.attempts} failed`, e);
        last = e;
      }
    }
    throw last;
  }
}

export const policy = new RetryPolicy(3);
export const safePolicy = new SuspendSafePolicy(3);
