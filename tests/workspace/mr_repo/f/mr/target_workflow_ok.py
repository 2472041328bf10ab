from wmill import task_script, workflow

child = task_script("f/mr/targets/child_wf")
child_ts = task_script("f/mr/targets/child_wf_ts")


@workflow
async def main(order_id: str):
    a = await child(order_id=order_id, notify=False)
    b = await child_ts(orderId=order_id)
    return [a, b]
