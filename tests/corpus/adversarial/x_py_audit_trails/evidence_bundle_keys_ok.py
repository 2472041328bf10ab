# SDK: wmill 1.850.0 _alloc_key numbers repeats of one literal name (digest, digest_2, ...); object() sentinels and id() only compared inside the round change nothing
"""Collect SOC 2 evidence for each control and checkpoint every piece."""
from wmill import step, task, workflow

_UNSET = object()


class Control:
    def __init__(self, ref: str, owner: str, query: str, reviewer=_UNSET):
        self.ref = ref
        self.owner = owner
        self.query = query
        self.reviewer = owner if reviewer is _UNSET else reviewer


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
    bundle = [Control(c["ref"], c["owner"], c["query"], c.get("reviewer", _UNSET)) for c in controls]
    sealed = []
    for control in bundle:
        evidence = await run_evidence_query(control.ref, control.query)
        digest = await step("digest", lambda: checksum(evidence))
        sealed.append({"ref": control.ref, "reviewer": control.reviewer, "sha256": digest})
    print(f"bundle {id(bundle):#x}: {bundle[0]!r} .. {len(bundle)} controls")
    manifest = await step("manifest", lambda: checksum({"items": sealed}))
    return {"controls": len(sealed), "manifest": manifest}
