# SDK: none; a plain script other workflows dispatch with task_script("f/fulfilment/render_label")
import base64

import requests

CARRIER_ENDPOINTS = {
    "dhl": "https://labels.internal/dhl",
    "ups": "https://labels.internal/ups",
}


def main(order_id: str, carrier: str, dpi: int = 203, copies: int = 1):
    endpoint = CARRIER_ENDPOINTS[carrier]
    resp = requests.post(endpoint, json={"order": order_id, "dpi": dpi, "copies": copies}, timeout=60)
    resp.raise_for_status()
    return {"order_id": order_id, "zpl": base64.b64encode(resp.content).decode()}
