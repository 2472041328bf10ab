export const BASE = "f/maintenance";

export const SCRIPTS = {
  dispatchVendor: `${BASE}/dispatch_vendor`,
  sendReceipt: "f/rent/send_receipt",
  recalcDeposits: "u/maria/recalc_deposits",
} as const;

export enum Flows {
  Triage = "f/maintenance/triage",
  MoveOut = "f/inspections/move_out_flow",
}
