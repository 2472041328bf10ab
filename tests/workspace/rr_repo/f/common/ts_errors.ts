// Error helpers shared by the TypeScript workflows.

export function rethrowSuspend(e: unknown): void {
  if ((e as Error)?.name === "StepSuspend") throw e;
}

export function isSuspend(e: unknown): boolean {
  return e instanceof Error && e.name === "StepSuspend";
}

export function logError(e: unknown): void {
  console.error("step failed", e);
}

export async function safely<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    console.error("ignored", e);
    return null;
  }
}

export async function safelyRethrowing<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    if ((e as Error)?.name === "StepSuspend") throw e;
    console.error("ignored", e);
    return null;
  }
}
