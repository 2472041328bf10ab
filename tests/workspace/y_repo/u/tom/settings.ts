// Tom's shipping settings, loaded once per process (a module: no main).
export interface PackConfig {
  maxWeightGrams: number;
  boxes: string[];
}

export type PackMode = "tight" | "loose";

const r = await fetch("https://config.internal/packing.json");
export const remoteConfig: PackConfig = await r.json();

export function boxFor(weightGrams: number, cfg: PackConfig): string {
  return weightGrams > cfg.maxWeightGrams ? cfg.boxes[cfg.boxes.length - 1] : cfg.boxes[0];
}
