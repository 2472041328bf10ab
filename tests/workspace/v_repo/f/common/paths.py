# SDK: none; Windmill paths of the billing scripts, kept in one place
LEDGER_EXPORT = "f/billing/export_ledger"
LEDGER_ARCHIVE = "f/billing/archive_ledger"
RECONCILE = "f/billing/reconcile"

SCRIPTS = {
    "export": LEDGER_EXPORT,
    "archive": LEDGER_ARCHIVE,
    "reconcile": RECONCILE,
}
