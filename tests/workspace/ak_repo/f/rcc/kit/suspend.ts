export function isSuspend(e: unknown): boolean {
  return e instanceof Error && e.name === "StepSuspend";
}
