# SDK: wmill 1.850.0 workflow(): the body (and every method it calls) replays from the top after each task; datetime.now() in start() is read anew each round and lands in the published manifest
"""Assembly pipeline ported from a Metaflow FlowSpec: each @step became a
method, self.next(...) became a direct call, and @batch steps became tasks."""

from datetime import datetime, timezone

from wmill import task, workflow


@task(timeout=7200, tag="highmem")
async def trim_reads(sample: str, adapter: str) -> dict:
    import subprocess

    out = f"/scratch/{sample}.trimmed.fq.gz"
    subprocess.run(["fastp", "-i", f"/data/{sample}.fq.gz", "-o", out, "--adapter_sequence", adapter], check=True)
    return {"sample": sample, "reads": out}


@task(timeout=14400, tag="highmem")
async def assemble(sample: str, reads: str, k: int) -> dict:
    import subprocess

    subprocess.run(["spades.py", "-s", reads, "-k", str(k), "-o", f"/scratch/{sample}.asm"], check=True)
    return {"sample": sample, "contigs": f"/scratch/{sample}.asm/contigs.fasta", "n50": 0}


@task()
async def publish_manifest(manifest: dict) -> str:
    import httpx

    r = httpx.post("https://lims.genomics.example/api/manifests", json=manifest)
    r.raise_for_status()
    return r.json()["id"]


class AssemblyFlow:
    def __init__(self, samples: list[str], adapter: str, k: int):
        self.samples = samples
        self.adapter = adapter
        self.k = k
        self.trimmed: list[dict] = []
        self.assemblies: list[dict] = []

    async def start(self):
        self.started_at = datetime.now(timezone.utc).isoformat()
        await self.trim()

    async def trim(self):
        for s in self.samples:
            self.trimmed.append(await trim_reads(s, self.adapter))
        await self.assemble()

    async def assemble(self):
        for t in self.trimmed:
            self.assemblies.append(await assemble(t["sample"], t["reads"], self.k))

    def end(self) -> dict:
        return {"started_at": self.started_at, "assemblies": self.assemblies}


@workflow
async def main(samples: list[str], adapter: str = "AGATCGGAAGAGC", k: int = 77):
    flow = AssemblyFlow(samples, adapter, k)
    await flow.start()  # expect: WAC102
    manifest_id = await publish_manifest(flow.end())
    return {"manifest": manifest_id, "samples": len(samples)}
