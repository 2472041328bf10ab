# SDK: wmill 1.850.0 task_script dispatches `args` as the child's kwargs; export_ledger's main takes period/region/dry_run.
from wmill import sleep, step, task_script, workflow

from .helpers import close_label, ledger_args, retry_delay
from f.shared.models import LEDGER_DEFAULTS, LEGACY_EXPORT_ARGS, LEDGER_SCRIPT

export_ledger = task_script(LEDGER_SCRIPT)


@workflow
async def main(period: str, region: str = "eu-west", attempts: int = 3):
    label = close_label(region)  # expect: WAC102
    for attempt in range(attempts):
        ok = await export_ledger(period=period, **LEDGER_DEFAULTS)
        if ok:
            break
        await sleep(int(retry_delay(attempt)))  # expect: WAC102
    legacy = await export_ledger(period=period, **LEGACY_EXPORT_ARGS)  # expect: WAC402
    again = await export_ledger(**ledger_args(period, region))
    await step("log", lambda: print(label, legacy, again))
    return label
