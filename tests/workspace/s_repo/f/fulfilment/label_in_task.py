# SDK: wmill 1.850.0 task_script wrapper: _assert_not_inside_task_body raises when called in a task
from wmill import task, workflow

from f.common.scripts import render_label


@task()
async def print_wave(order_ids: list, carrier: str) -> list:
    labels = []
    for order_id in order_ids:
        labels.append(await render_label(order_id=order_id, carrier=carrier))  # expect: WAC304
    return labels


@workflow
async def main(order_ids: list, carrier: str = "dhl"):
    return {"labels": await print_wave(order_ids, carrier)}
