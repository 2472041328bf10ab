// Omar's little helpers.
export function backoffSeconds(attempt: number): number {
  const base = 30 * 2 ** attempt;
  return base + Math.floor(Math.random() * 10);
}

export function fixedBackoff(attempt: number): number {
  return 30 * 2 ** attempt;
}

export default {
  get today(): string {
    return new Date().toISOString().slice(0, 10);
  },
  pad(n: number): string {
    return String(n).padStart(2, "0");
  },
};
