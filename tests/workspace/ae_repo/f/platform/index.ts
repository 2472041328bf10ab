// Barrel: everything a workflow needs from the platform layer.
export * from "./wac.ts";
export * as ids from "./ids.ts";
export { attempt, attemptDurable } from "./safe.ts";
export { SCRIPTS, Flows } from "./paths.ts";
