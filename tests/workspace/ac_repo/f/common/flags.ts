// Feature flags of the ops apps, fetched when the module loads.
const res = await fetch("https://flags.resort.example/ops.json");

export const FLAGS: Record<string, boolean> = (await res.json()) as Record<string, boolean>;

export function enabled(name: string, flags: Record<string, boolean>): boolean {
  return flags[name] ?? false;
}
