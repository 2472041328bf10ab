import wmill


def main(permit_id: str, parcel: str) -> dict:
    gis = wmill.get_resource("f/permits/gis_api")
    # the GIS service returns the parcel's zone and the plan's measured values
    import requests

    r = requests.get(f"{gis['url']}/parcels/{parcel}/plan-check", params={"permit": permit_id}, timeout=30)
    r.raise_for_status()
    data = r.json()
    return {
        "zone": data["zone"],
        "violations": [v for v in data["checks"] if not v["ok"]],
        "coverage": data["lot_coverage"],
    }
