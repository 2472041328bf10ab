from wmill import task_script, workflow

from f.common.fmt import money

enrich = task_script("f/rr/targets/enrich")  # expect: WAC401


@workflow
async def main(cents: int, region: str):
    label = money(cents)
    return [label, await enrich(region=region)]
