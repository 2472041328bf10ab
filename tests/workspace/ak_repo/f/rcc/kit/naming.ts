export function stepKey(kind: string, ident: string): string {
  return `${kind}-${ident}`;
}

export const STEP_PREFIX = "acct";
