// One import point for the billing helpers.
export * from "./net.ts";
export { addDays, daysAgo as since, isoDay } from "./time.ts";
export { formatCents } from "./money.ts";
