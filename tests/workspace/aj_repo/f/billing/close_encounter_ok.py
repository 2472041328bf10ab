"""Close a lab encounter: map LOINC results to CPT lines, bill, and batch the claim."""

from wmill import step, task_flow, task_script, workflow

from f.lab.tasks import fetch_results

LOINC_TO_CPT = {
    "2345-7": "82947",
    "718-7": "85018",
    "2160-0": "82565",
    "6690-2": "85048",
}

bill_encounter = task_script("f/lab_ops/bill_encounter", timeout=300)
claims_batch = task_flow("f/billing/claims_batch")


@workflow
async def main(encounter_id: str, accessions: list[str], payer: str, batch: bool = False):
    codes: list[str] = []
    unmapped: list[str] = []
    for acc in accessions:
        result = await fetch_results(accession=acc, include_preliminary=False)
        for obs in result["observations"]:
            cpt = LOINC_TO_CPT.get(obs["loinc"])
            if cpt:
                codes.append(cpt)
            else:
                unmapped.append(obs["loinc"])

    codes = sorted(set(codes))
    if not codes:
        return {"encounter": encounter_id, "billed": False, "unmapped": unmapped}

    if batch:
        queued = await claims_batch(encounter_ids=[encounter_id], payer=payer)
        return {"encounter": encounter_id, "batched": queued}

    claim = await bill_encounter(encounter_id=encounter_id, cpt_codes=codes, payer=payer)
    note = await step("note", lambda: f"{len(codes)} lines, {len(unmapped)} unmapped")
    return {"encounter": encounter_id, "claim": claim, "note": note}
