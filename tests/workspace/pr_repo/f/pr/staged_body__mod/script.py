from wmill import task_script, workflow

from .steps import label

enrich = task_script("f/pr/targets/enrich_mod")


@workflow
async def main(record_id: int, region: str = "eu"):  # expect: WAC901
    first = await enrich(record_id=record_id, fields=["a"])
    second = await enrich(record="x")  # expect: WAC402
    return [label(region), first, second]
