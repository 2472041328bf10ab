// The kit's public surface: import from here, not from the files.
export * as gtfs from "./gtfs.ts";
export * as paths from "./paths.ts";
export * as time from "./time.ts";
export { default as board } from "./board.ts";
export { default as infra } from "./infra.ts";
export { default as pause } from "./pause.ts";
export * from "./ids.ts";
export * from "./retry.ts";
export * from "./tasks.ts";
export * from "./collect.ts";
export { default as shiftClock } from "./shiftclock.ts";
