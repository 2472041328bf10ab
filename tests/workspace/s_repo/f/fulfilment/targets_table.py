# SDK: wmill 1.850.0 task_script(path) sends the path as it is; TARGETS is a dict of
# f/common/targets.py (added after the blind round: a member of an imported constant table)
from wmill import task_script, workflow

from f.common.targets import TARGETS

render_label = task_script(TARGETS["labels"])
customs = task_script(TARGETS["customs"])  # expect: WAC401


@workflow
async def main(order_id: str):
    label = await render_label(order_id=order_id, carrier="dhl", format="zpl")  # expect: WAC402
    forms = await customs(order_id=order_id)
    return {"label": label, "forms": forms}
