export * from "./barrel_mid.ts";
export * as clock from "./clock_impl.ts";
