import requests
import wmill


def main(tenant_id: str, page: int, page_size: int = 500):
    api = wmill.get_resource("f/search/indexer_api")
    docs = requests.get(
        f"{api['base_url']}/tenants/{tenant_id}/documents",
        params={"offset": page * page_size, "limit": page_size},
        timeout=60,
    ).json()
    requests.post(f"{api['base_url']}/tenants/{tenant_id}/index", json=docs, timeout=120).raise_for_status()
    return {"page": page, "indexed": len(docs)}
