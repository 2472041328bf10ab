# SDK: wmill 1.850.0: a dataclass is built in the body and turned into a dict with asdict() before it is passed to a task; parallel() over a sorted list of str; logging without handlers only formats to stderr
import logging
from dataclasses import asdict, dataclass

from wmill import parallel, task, workflow

log = logging.getLogger("claims")


@dataclass(frozen=True)
class Claim:
    claim_id: str
    insurer: str
    codes: tuple[str, ...]
    amount_cents: int


@task()
async def open_claims(clinic: str) -> list[dict]:
    import wmill

    db = wmill.get_resource("f/dental/pms_db")
    import psycopg

    with psycopg.connect(**db) as conn:
        rows = conn.execute(
            "select id, insurer, codes, amount_cents from claims where clinic = %s and status = 'open'",
            (clinic,),
        ).fetchall()
    return [{"claim_id": r[0], "insurer": r[1], "codes": list(r[2]), "amount_cents": r[3]} for r in rows]


@task()
async def submit(claim: dict) -> dict:
    import requests

    r = requests.post(f"https://edi.example-smile.io/{claim['insurer']}/claims", json=claim, timeout=60)
    return {"claim_id": claim["claim_id"], "status": r.status_code}


def to_claim(row: dict) -> Claim:
    return Claim(row["claim_id"], row["insurer"], tuple(sorted(row["codes"])), int(row["amount_cents"]))


@workflow
async def main(clinic: str, max_in_flight: int = 4):
    claims = [to_claim(r) for r in await open_claims(clinic)]
    payloads = [{**asdict(c), "codes": list(c.codes)} for c in sorted(claims, key=lambda c: c.claim_id)]
    log.info("submitting %d claims for %s", len(payloads), clinic)
    results = await parallel(payloads, submit, concurrency=max_in_flight)
    rejected = [r["claim_id"] for r in results if r["status"] >= 400]
    return {"submitted": len(results), "rejected": rejected}
