# SDK: wmill 1.850.0 _alloc_key(name) keys a step by its name; repr() of an object without __repr__ and id() print its address in this round's process
"""Collect SOC 2 evidence for each control and checkpoint every piece."""
from wmill import step, task, workflow


class Control:
    def __init__(self, ref: str, owner: str, query: str):
        self.ref = ref
        self.owner = owner
        self.query = query


@task(timeout=900)
async def run_evidence_query(ref: str, query: str) -> dict:
    import psycopg

    async with await psycopg.AsyncConnection.connect("postgresql://warehouse/audit") as conn:
        cur = await conn.execute(query)
        rows = await cur.fetchall()
    return {"ref": ref, "rows": len(rows)}


def checksum(evidence: dict) -> str:
    import hashlib
    import json

    return hashlib.sha256(json.dumps(evidence, sort_keys=True).encode()).hexdigest()


@workflow
async def main(controls: list[dict]):
    bundle = [Control(c["ref"], c["owner"], c["query"]) for c in controls]
    sealed = []
    for control in bundle:
        evidence = await run_evidence_query(control.ref, control.query)
        digest = await step(repr(control), lambda: checksum(evidence))  # expect: WAC103
        sealed.append({"ref": control.ref, "sha256": digest})
    manifest = await step(f"manifest-{id(bundle)}", lambda: checksum({"items": sealed}))  # expect: WAC102, WAC103
    return {"controls": len(sealed), "manifest": manifest}
