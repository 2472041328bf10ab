// Barrel: what the TypeScript workflows import from "/f/shared/index.ts".
export * from "./http.ts";
export { nowIso as stamp, dayKey, label } from "./time.ts";
export { default as metrics } from "./metrics.ts";
export { loadEvents as ingestEvents, rollupDay } from "./tasks.ts";
export type { Report, Channel } from "./types.ts";
