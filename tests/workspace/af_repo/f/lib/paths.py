"""Paths of the scripts and flows the workflows dispatch to."""

EXPORT_CSV = "f/reports/export_csv"
EXPORT_XLSX = "f/reports/export_xlsx"
LOAD_DAY = "f/ingest/load_day"
BACKFILL_FLOW = "f/ingest/backfill"
ADHOC_BACKFILL = "u/dana/adhoc_backfill"
