"""One-off: re-pull last week's results for the accessions the EHR rejected, and
re-run the claims batch for their encounters."""

import wmill

REJECTED = [
    {"accession": "A26-118230", "encounter": "E-55102"},
    {"accession": "A26-118244", "encounter": "E-55102"},
    {"accession": "A26-118301", "encounter": "E-55140"},
]


def main(dry_run: bool = True):
    pulled = []
    for row in REJECTED:
        res = wmill.run_script_by_path(  # expect: WAC402
            "f/lab_ops/fetch_results",
            args={"accession_id": row["accession"], "include_preliminary": False},  # expect: WAC402
        )
        pulled.append({"accession": row["accession"], "n": len(res.get("observations", []))})
    if dry_run:
        return pulled
    encounters = sorted({r["encounter"] for r in REJECTED})
    job = wmill.run_flow_async("f/lab_ops/bill_encounter", args={"encounter_ids": encounters})  # expect: WAC401
    return {"pulled": pulled, "job": job}
