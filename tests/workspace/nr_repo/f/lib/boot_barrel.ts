export * from "./boot_ts.ts";
export { eventName } from "./net_impl.ts";
