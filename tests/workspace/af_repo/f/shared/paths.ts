// Paths of the scripts and flows the TypeScript workflows dispatch to.
export const SCRIPTS = {
  refreshDashboard: "f/reports/refresh_dashboard",
  exportCsv: "f/reports/export_csv",
  loadDay: "f/ingest/load_day",
} as const;

export const FLOWS = {
  backfill: "f/ingest/backfill",
  publish: "f/reports/publish",
} as const;
