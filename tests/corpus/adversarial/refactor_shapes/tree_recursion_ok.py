# SDK: wmill 1.850.0 client.py keys are name + call count in call order; a depth-first walk over the input tree calls the task in the same order on every replay.
from wmill import task, workflow


@task()
async def provision(path: str) -> str:
    return path


async def walk(node: dict, prefix: str, out: list) -> None:
    path = f"{prefix}/{node['name']}"
    out.append(await provision(path))
    for child in node.get("children", []):
        await walk(child, path, out)


@workflow
async def main(tree: dict):
    created: list = []
    await walk(tree, "", created)
    return created
