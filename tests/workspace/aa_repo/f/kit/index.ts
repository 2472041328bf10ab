// Barrel: import everything shop workflows need from "/f/kit/index.ts".
export { now as stamp, isoNow, slug } from "./clock.ts";
export * from "./durable.ts";
export * from "./tasks.ts";
export type { Period, OrderLine } from "./types.ts";
