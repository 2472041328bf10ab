import wmill

LIMITS = {"nitrate_mg_l": 50.0, "lead_ug_l": 10.0, "e_coli_cfu": 0.0}


def main(run_date: str):
    lims = wmill.get_resource("f/lab/lims_api")
    import requests

    resp = requests.get(f"{lims['url']}/results", params={"date": run_date}, timeout=30)
    resp.raise_for_status()
    samples = resp.json()["samples"]
    return (
        {"sample_id": s["id"], "analyte": s["analyte"], "value": s["value"]}
        for s in samples
        if s["analyte"] in LIMITS and s["value"] > LIMITS[s["analyte"]]
    )
