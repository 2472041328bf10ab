from wmill import task_script, workflow

greet = task_script("u/alice/greet")  # expect: WAC401
probe = task_script("f/scratch/probe")  # expect: WAC401


@workflow
async def main(name: str, url: str):
    hello = await greet(who=name)
    checked = await probe(url=url)
    return [hello, checked]
