# SDK: wmill 1.850.0 client.py: replay re-runs the body; recursion over task results is deterministic (results come from the checkpoint).
from wmill import task, workflow


def flatten(tree: dict, prefix: str = "") -> list[str]:
    path = f"{prefix}/{tree['name']}" if prefix else tree["name"]
    out = [path]
    for child in tree.get("children", []):
        out.extend(flatten(child, path))
    return out


def depth(tree: dict) -> int:
    return 1 + max((depth(c) for c in tree.get("children", [])), default=0)


@task()
async def org_chart(company: str) -> dict:
    return {"name": company, "children": [{"name": "eng"}, {"name": "sales"}]}


@task()
async def provision_group(path: str) -> str:
    return path


@workflow
async def main(company: str):
    chart = await org_chart(company)
    groups = flatten(chart)
    for g in groups:
        await provision_group(g)
    return {"groups": len(groups), "depth": depth(chart)}
