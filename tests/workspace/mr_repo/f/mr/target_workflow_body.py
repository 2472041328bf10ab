from wmill import task_script, workflow

child = task_script("f/mr/targets/child_wf")
child_ts = task_script("f/mr/targets/child_wf_ts")


@workflow
async def main(order_id: str):
    a = await child(order=order_id)  # expect: WAC402
    b = await child_ts(orderId=order_id, notify="yes")  # expect: WAC402
    return [a, b]
