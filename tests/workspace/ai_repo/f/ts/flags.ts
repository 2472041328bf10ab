// Feature flags for the payouts rail, loaded once when the module loads.
const res = await fetch("https://flags.internal.example/api/payments");
export const flags: { instantPayouts: boolean; maxBatch: number } = await res.json();

export function batchSize(requested: number): number {
  return Math.min(requested, flags.maxBatch);
}
