// Feature flags, fetched once when the module loads.
const res = await fetch("https://flags.internal/v1/billing");
export const FLAGS: Record<string, boolean> = await res.json();

export function enabled(flag: string): boolean {
  return FLAGS[flag] ?? false;
}
