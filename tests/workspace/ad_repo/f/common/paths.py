"""Where the shared scripts and flows live (keep in sync with the workspace!)."""

NOTIFY_ROOT = "f/notify"
SMS_SCRIPT = f"{NOTIFY_ROOT}/send_sms"
# renamed to f/billing/invoice_pdf in the March cleanup
INVOICE_SCRIPT = "f/billing/render_invoice"
LEAK_TRIAGE_FLOW = "f/leaks/triage"
RECOMPUTE_ZONE = "u/priya/recompute_zone"
