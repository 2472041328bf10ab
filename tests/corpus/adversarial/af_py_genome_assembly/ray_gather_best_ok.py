# SDK: wmill 1.850.0 asyncio.gather of task coroutines dispatches them in list order and returns results in that order; picking the best afterwards is deterministic
"""Contig polishing, ported from ray.get(refs): run every polisher, pick the best."""

import asyncio

from wmill import task, workflow


@task(timeout=5400)
async def polish(sample: str, contigs: str, tool: str) -> dict:
    import subprocess

    out = f"/scratch/{sample}.{tool}.fasta"
    subprocess.run([tool, "--input", contigs, "--output", out], check=True)
    return {"tool": tool, "fasta": out, "qv": 0.0}


@task()
async def record_choice(sample: str, choice: dict) -> None:
    import httpx

    httpx.post(f"https://lims.genomics.example/api/samples/{sample}/polish", json=choice).raise_for_status()


@workflow
async def main(sample: str, contigs: str, tools: list[str], min_qv: float = 40.0):
    results = await asyncio.gather(*(polish(sample, contigs, t) for t in tools))
    passing = [r for r in results if r["qv"] >= min_qv]
    if not passing:
        return {"sample": sample, "polished": False}
    choice = max(passing, key=lambda r: (r["qv"], r["tool"]))
    await record_choice(sample, choice)
    return {"sample": sample, "polished": True, "tool": choice["tool"]}
