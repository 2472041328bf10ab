import requests


def main(start: str, end: str):
    resp = requests.get(
        "https://seeing.observatory.example.edu/api/forecast",
        params={"from": start, "to": end},
        timeout=20,
    )
    resp.raise_for_status()
    return {"by_hour": {row["hour"]: row["fwhm_arcsec"] for row in resp.json()["rows"]}}
