# SDK: wmill 1.850.0 step() checkpoints the callback's value; task_script kwargs are export_ledger's parameters.
from wmill import sleep, step, task_script, workflow

from .helpers import close_label, ledger_args, retry_delay
from f.shared.models import LEDGER_DEFAULTS, LEDGER_SCRIPT

export_ledger = task_script(LEDGER_SCRIPT)


@workflow
async def main(period: str, region: str = "eu-west", attempts: int = 3):
    label = await step("label", lambda: close_label(region))
    for attempt in range(attempts):
        ok = await export_ledger(period=period, **LEDGER_DEFAULTS)
        if ok:
            break
        delay = await step(f"delay", lambda: retry_delay(attempt))
        await sleep(int(delay))
    result = await export_ledger(**ledger_args(period, region))
    return {"label": label, "result": result}
