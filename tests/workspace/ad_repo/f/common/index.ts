// Barrel for the TypeScript side of f/common.
export * from "./net.ts";
export * from "./time.ts";
export { default as meterMath } from "./math.ts";
export { SCRIPTS, FLOWS } from "./paths.ts";
