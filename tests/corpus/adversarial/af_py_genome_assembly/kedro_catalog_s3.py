# SDK: wmill 1.850.0 client.py load_s3_file() downloads the object through the job helpers API: in the body it downloads again on every replay
"""Variant-calling pipeline ported from Kedro: a DataCatalog of S3 datasets
and nodes turned into tasks."""

import json
from dataclasses import dataclass

import wmill
from wmill import task, workflow


@dataclass
class S3Dataset:
    key: str

    def load(self) -> dict:
        return json.loads(wmill.load_s3_file(self.key))

    def save(self, data: dict) -> None:
        wmill.write_s3_file(self.key, json.dumps(data).encode())


CATALOG = {
    "sample_sheet": S3Dataset("genomics/sheets/current.json"),
    "calls": S3Dataset("genomics/calls/latest.json"),
}


@task(timeout=10800, tag="highmem")
async def call_variants(sample: str, bam: str, caller: str) -> dict:
    import subprocess

    vcf = f"/scratch/{sample}.vcf.gz"
    subprocess.run([caller, "--bam", bam, "--out", vcf], check=True)
    return {"sample": sample, "vcf": vcf}


@task()
async def save_calls(calls: list[dict]) -> None:
    CATALOG["calls"].save({"calls": calls})


@workflow
async def main(caller: str = "deepvariant", only: list[str] | None = None):
    sheet = CATALOG["sample_sheet"].load()  # expect: WAC101
    rows = [r for r in sheet["samples"] if not only or r["id"] in only]
    calls = []
    for r in rows:
        calls.append(await call_variants(r["id"], r["bam"], caller))
    await save_calls(calls)
    return {"called": len(calls)}
