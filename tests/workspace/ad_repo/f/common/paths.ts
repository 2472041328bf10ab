// Script and flow paths used from Bun workflows (see also f/common/paths.py).
export const SCRIPTS = {
  sms: "f/notify/send_sms",
  invoice: "f/billing/invoice_pdf",
  recompute: "u/priya/recompute_zone",
  legacySync: "f/legacy/old_meter_sync",
} as const;

export const FLOWS = {
  leakTriage: "f/leaks/triage",
} as const;
