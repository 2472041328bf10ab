import { withBackoff } from "./retry.ts";

// Acquirer calls are flaky; never let one of them fail a chargeback run.
export async function bestEffort<T>(fn: () => Promise<T>): Promise<T | undefined> {
  return await withBackoff(fn, 2);
}
