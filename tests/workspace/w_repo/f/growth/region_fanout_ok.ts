// SDK: windmill-client 1.818.0 task(): step keys follow call order; a JS Set and Object.entries iterate in insertion order, the same on every replay; structuredClone of a step result is pure.
import { step, workflow } from "windmill-client";
import { rebuildSegment } from "/f/kit/tasks.ts";

export const main = workflow(async (regions: string[], weights: object) => {
  const sizes: Record<string, number> = {};
  outer: for (const region of new Set(regions)) {
    for (const [segment, weight] of Object.entries(weights as Record<string, number>)) {
      if (weight <= 0) continue;
      const res = await rebuildSegment(region, segment);
      sizes[`${region}/${segment}`] = res?.size ?? 0;
      if (res?.size === 0) continue outer;
    }
  }
  const snapshot = await step("snapshot", () => ({ sizes, regions: [...new Set(regions)] }));
  const copy = structuredClone(snapshot);
  copy.regions.sort();
  return copy;
});
