// Station kit.
export * as tariff from "./tariff.ts";
export { default as tz } from "./tz.ts";
export * from "./names.ts";
