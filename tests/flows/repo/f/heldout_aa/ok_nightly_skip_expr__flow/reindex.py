import requests
import wmill


def main(catalog: str = "main", batch_size: int = 500):
    api = wmill.get_resource("f/shop/search_api")
    resp = requests.post(
        f"{api['url']}/reindex",
        json={"catalog": catalog, "batch_size": batch_size},
        timeout=3600,
    )
    resp.raise_for_status()
    return {"indexed": resp.json()["indexed"]}
