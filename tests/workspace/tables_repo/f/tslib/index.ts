export { API } from "./http.ts";
export { money } from "./format.ts";
export type { Refund } from "./types.ts";
