# SDK: wmill 1.850.0 task_script(path): keyword arguments named like the target's main parameters
from f.common.paths import LEDGER_EXPORT, SCRIPTS
from f.common.wac import task_script, workflow

export_ledger = task_script(LEDGER_EXPORT, timeout=900)
reconcile = task_script(SCRIPTS["reconcile"], timeout=1800)


@workflow
async def main(period: str, statement_key: str):
    exported = await export_ledger(period=period, fmt="csv")
    matched = await reconcile(period=period, statement_key=statement_key, tolerance_cents=5)
    return {"exported": exported, "matched": matched}
