import requests

LIS = "https://lis.stmarys-lab.internal/api"


def main(accession: str, include_preliminary: bool = False) -> dict:
    """Pull the verified results of one accession from the LIS."""
    resp = requests.get(f"{LIS}/accessions/{accession}/results", params={"prelim": include_preliminary}, timeout=30)
    resp.raise_for_status()
    return resp.json()
