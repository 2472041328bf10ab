// Barrel of the shipping kit.
export * from "./tasks.ts";
export * from "./guard.ts";
export { Stopwatch, formatGrams } from "./clock.ts";
export type { Carrier, Parcel, Shipment } from "./types.ts";
export { LABEL_SCRIPT, LABEL_DEFAULTS, OLD_LABEL_DEFAULTS } from "./types.ts";
