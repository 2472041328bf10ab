# SDK: wmill 1.850.0 task_script(path): the wrapper takes **kwargs only and dispatches the script at that path with them
from f.common.paths import LEDGER_ARCHIVE, LEDGER_EXPORT, SCRIPTS
from f.common.wac import task_script, workflow

export_ledger = task_script(LEDGER_EXPORT, timeout=900)
archive_ledger = task_script(LEDGER_ARCHIVE)  # expect: WAC401
reconcile = task_script(SCRIPTS["reconcile"], timeout=1800)
legacy_export = task_script("f/billing/export_ledger_v1")  # expect: WAC401


@workflow
async def main(period: str, archive: bool = True):
    exported = await export_ledger(period=period, format="parquet")  # expect: WAC402
    matched = await reconcile(period=period, statement_url=exported["key"])  # expect: WAC402
    if archive:
        await archive_ledger(period=period)
    old = await legacy_export(period=period)
    return {"exported": exported, "matched": matched, "legacy": old}
