from wmill import workflow

from f.lib.calc import score, spread


@workflow
async def main(values: list):
    avg = score(values)  # expect: WAC101
    width = spread(values)  # expect: WAC102
    return {"avg": avg, "width": width}
