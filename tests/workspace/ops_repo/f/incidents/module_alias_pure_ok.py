# SDK: wmill 1.850.0; f.lib.text imported whole under an alias; slugify is pure.
import f.lib.text as text
from wmill import task_script, workflow

open_ticket = task_script("f/ops/open_ticket")


@workflow
async def main(title: str):
    return await open_ticket(title=title, body="", labels=[text.slugify(title)])
