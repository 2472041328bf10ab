# SDK: wmill 1.850.0 asyncio.wait() wraps each task coroutine in an asyncio Task and keeps the _StepSuspend inside the finished ones: it is never raised, and the loop picks whichever finished first
"""Contig polishing, ported from ray.wait(refs, num_returns=1): take the first
polished contig set that passes QC and stop the rest."""

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
    pending = {asyncio.ensure_future(polish(sample, contigs, t)) for t in tools}
    choice = None
    while pending and choice is None:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)  # expect: WAC105, WAC201
        for fut in done:
            r = fut.result()
            if r["qv"] >= min_qv:
                choice = r
                break
    if choice is None:
        return {"sample": sample, "polished": False}
    await record_choice(sample, choice)
    return {"sample": sample, "polished": True, "tool": choice["tool"]}
