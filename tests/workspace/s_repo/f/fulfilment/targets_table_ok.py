# SDK: wmill 1.850.0 task_script(path); the label script through f/common/targets.py
# (added after the blind round)
from wmill import task_script, workflow

from f.common.targets import TARGETS

render_label = task_script(TARGETS["labels"])


@workflow
async def main(order_id: str, carrier: str = "ups"):
    return await render_label(order_id=order_id, carrier=carrier)
