import wmill
import requests


def main(collection_id: str) -> dict:
    sheet = wmill.get_resource("f/seedbank/lab_sheet")
    r = requests.get(f"{sheet['url']}/germination/{collection_id}", timeout=30)
    r.raise_for_status()
    rows = r.json()
    sown = sum(x["sown"] for x in rows)
    germinated = sum(x["germinated"] for x in rows)
    return {"viability": round(100 * germinated / sown, 1) if sown else 0.0, "tests": len(rows)}
