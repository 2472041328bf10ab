export * from "./money.ts";
export { default as Ledger } from "./ledger.ts";
export type { Currency, KycCase, Payout } from "./types.ts";
export * as review from "./review.ts";
