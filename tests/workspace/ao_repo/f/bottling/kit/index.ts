// The bottling kit.
export { default as LabelPrinter } from "./labels.ts";
export * from "./opts.ts";
export * as lots from "../../brew/kit/clock.ts";
export type { BatchInfo } from "../../brew/kit/types.ts";
