# SDK: wmill 1.850.0 client.py: helpers are ordinary code in the replayed body; a file write reached through them repeats.
from pathlib import Path

from wmill import task, workflow

LOG = Path("/tmp/tree-walk.log")


def walk_dir(node: dict, depth: int) -> int:
    total = 1
    for child in node.get("children", []):
        total += walk_node(child, depth + 1)
    return total


def walk_node(node: dict, depth: int) -> int:
    if node.get("type") == "dir":
        return walk_dir(node, depth)
    if depth > 8:
        LOG.write_text(f"deep file {node['name']} at depth {depth}\n")
    return 1


@task()
async def fetch_tree(repo: str) -> dict:
    return {"type": "dir", "name": repo, "children": []}


@workflow
async def main(repo: str):
    tree = await fetch_tree(repo)
    count = walk_dir(tree, 0)  # expect: WAC101
    return {"nodes": count}
