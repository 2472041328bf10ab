// The brewery kit: import from here, not from the files.
export type { BatchInfo, TapLine } from "./types.ts";
export { DEFAULT_LINE } from "./types.ts";
export * from "./retry.ts";
export * from "./names.ts";
export * from "./tasks.ts";
export { default as Scale } from "./scale.ts";
export { default as taplist } from "./taplist.ts";
export * as clock from "./clock.ts";
