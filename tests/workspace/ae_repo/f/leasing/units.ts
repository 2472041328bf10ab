import type { Screening } from "./tasks.ts";

export function unitKey(building: string, unit: string): string {
  return `${building}#${unit}`;
}

export function passes(s: Screening, minScore = 620): boolean {
  return s.score >= minScore && !s.flags.includes("eviction");
}
