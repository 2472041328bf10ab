import requests
import wmill


def main(catalog: str = "main"):
    api = wmill.get_resource("f/shop/catalog_api")
    resp = requests.get(f"{api['url']}/catalogs/{catalog}/count", timeout=30)
    resp.raise_for_status()
    return {"count": resp.json()["count"]}
