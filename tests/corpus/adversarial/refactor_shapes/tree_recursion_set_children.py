# SDK: wmill 1.850.0 client.py keys are name + call count in call order; iterating a set of names (hash-randomised per process) changes which child gets which key between replays.
from wmill import task, workflow


@task()
async def provision(path: str) -> str:
    return path


async def walk(node: dict, prefix: str, out: list) -> None:
    path = f"{prefix}/{node['name']}"
    out.append(await provision(path))
    for child_name in set(node.get("children", {})):
        await walk(node["children"][child_name], path, out)


@workflow
async def main(tree: dict):
    created: list = []
    await walk(tree, "", created)  # expect: WAC105
    return created
