# SDK: none; a plain script the workflows reach with task_script
import httpx


def main(addresses: list[str], region: str = "eu-west", max_results: int = 1):
    out = []
    with httpx.Client(base_url="https://geo.example-fleet.io/v1", timeout=30) as client:
        for address in addresses:
            resp = client.get("/search", params={"q": address, "region": region})
            resp.raise_for_status()
            out.append(resp.json()["results"][:max_results])
    return out
