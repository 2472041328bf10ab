# SDK: no wmill import; a warehouse (WMS) client and the factories the team uses
import os

import httpx


class WarehouseClient:
    def __init__(self, base_url: str, token: str):
        self.base_url = base_url.rstrip("/")
        self.token = token

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def reserve(self, sku: str, qty: int) -> dict:
        resp = httpx.post(
            self.url("reservations"),
            json={"sku": sku, "quantity": qty},
            headers={"Authorization": f"Bearer {self.token}"},
        )
        resp.raise_for_status()
        return resp.json()


def make_client(region: str) -> WarehouseClient:
    base = os.environ.get(f"WMS_{region.upper()}_URL", "https://wms.internal")
    return WarehouseClient(base, os.environ.get("WMS_TOKEN", ""))


def client_for(base_url: str, token: str) -> WarehouseClient:
    return WarehouseClient(base_url, token)
