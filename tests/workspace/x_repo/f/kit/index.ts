// SDK: none; the barrel the dispatch workflows import from
export * from "./http.ts";
export { stamp as nowIso, ref, backoffMs, dayOf } from "./clock.ts";
export { default as slack } from "./http.ts";
export { default as dispatchTruck, geocode, weighOrder } from "./tasks.ts";
export type { Order } from "./tasks.ts";
export * as paths from "./paths.ts";
