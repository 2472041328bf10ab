// One import for the incident scripts.
export { post } from "./http.ts";
export * from "./text.ts";
