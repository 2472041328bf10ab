# SDK: wmill 1.850.0 task() round-trips results through JSON: a TypedDict is a dict, and an IntEnum argument to a task of the file is an int in JSON that compares equal to its member
"""Per-sample variant QC with a TypedDict summary."""

from enum import IntEnum
from typing import TypedDict

from wmill import task, workflow


class Tier(IntEnum):
    RESEARCH = 1
    CLINICAL = 2


class VariantSummary(TypedDict):
    sample: str
    snvs: int
    indels: int
    ti_tv: float
    passed: bool


@task(timeout=1800)
async def summarize(sample: str, vcf: str, tier: int) -> VariantSummary:
    import pysam

    snvs = indels = ti = tv = 0
    for rec in pysam.VariantFile(vcf):
        if len(rec.ref) == 1 and all(len(a) == 1 for a in rec.alts or ()):
            snvs += 1
            ti += {rec.ref, rec.alts[0]} in ({"A", "G"}, {"C", "T"})
            tv += {rec.ref, rec.alts[0]} not in ({"A", "G"}, {"C", "T"})
        else:
            indels += 1
    ratio = ti / tv if tv else 0.0
    floor = 2.0 if tier >= Tier.CLINICAL else 1.8
    return {"sample": sample, "snvs": snvs, "indels": indels, "ti_tv": round(ratio, 3), "passed": ratio >= floor}


@task()
async def flag_sample(sample: str, reason: str) -> None:
    import httpx

    httpx.post(f"https://lims.genomics.example/api/samples/{sample}/flags", json={"reason": reason}).raise_for_status()


@workflow
async def main(vcfs: dict[str, str], tier: int = 2):
    failed = []
    for sample, vcf in vcfs.items():
        s = await summarize(sample, vcf, Tier(tier))
        if not s["passed"]:
            failed.append(sample)
            await flag_sample(sample, f"ti/tv {s['ti_tv']}")
    return {"samples": len(vcfs), "failed": failed}
