// One import for the team's helpers.
export * from "./net.ts";
export { stamp as nowStamp, minutesLabel } from "./time.ts";
export { default as dayKey } from "./time.ts";
