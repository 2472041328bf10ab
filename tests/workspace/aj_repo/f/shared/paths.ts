export const SCRIPTS = {
  fetchResults: "f/lab_ops/fetch_results",
  pageOncall: "f/lab_ops/page_oncall",
} as const;

export enum Flows {
  Claims = "f/billing/claims_batch",
  Critical = "f/results/critical_callback",
}
