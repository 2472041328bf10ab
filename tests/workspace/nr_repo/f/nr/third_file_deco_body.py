from wmill import workflow

from f.lib.calc import score


@workflow
async def main(values: list):
    avg = score(values)  # expect: WAC101
    return avg
