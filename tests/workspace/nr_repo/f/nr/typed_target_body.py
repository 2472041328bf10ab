from wmill import task_script, workflow

typed = task_script("f/nr/targets/typed_input")
typed_ts = task_script("f/nr/targets/typed_input_ts")


@workflow
async def main(order_id: str):
    order = {"id": order_id, "amount": 10.0}
    a = await typed(order=order, mode="full", notes="x")  # expect: WAC402
    b = await typed_ts(order=order, regoin="eu")  # expect: WAC402
    return [a, b]
