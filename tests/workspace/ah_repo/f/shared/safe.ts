// Best-effort wrappers for calls whose failure must not stop an incident workflow.
export async function attempt<T>(fn: () => Promise<T>, label = "call"): Promise<T | null> {
  try {
    return await fn();
  } catch (err) {
    console.warn(`${label} failed, continuing`, err);
    return null;
  }
}

export function describeError(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
