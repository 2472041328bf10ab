# SDK: wmill 1.850.0 client.py step(name, fn): a generated name passed by keyword is still a generated name.
from wmill import step, workflow


@workflow
async def main(ids: list[str]):
    out = []
    for i in ids:
        out.append(await step(name=f"load_{i}", fn=lambda: i.upper()))  # expect: WAC103
    return out
