export * from "./tasks.ts";
export { default as Pager } from "./pager.ts";
export * as clock from "./clock.ts";
export { Scripts, Flows } from "./paths.ts";
