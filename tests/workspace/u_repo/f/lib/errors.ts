// Error helpers for billing workflows.
import { StepSuspend } from "windmill-client";

export function rethrowSuspend(e: unknown): void {
  if (e instanceof StepSuspend) {
    throw e;
  }
}

export function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
