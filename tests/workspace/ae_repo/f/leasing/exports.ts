export * from "./tasks.ts";
export { passes, unitKey } from "./units.ts";
