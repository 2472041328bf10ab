import time

import requests


def main(datadog: dict, service: str, minutes: int = 10):
    headers = {"DD-API-KEY": datadog["api_key"], "DD-APPLICATION-KEY": datadog["app_key"]}
    now = int(time.time())
    resp = requests.get(
        "https://api.datadoghq.eu/api/v1/query",
        headers=headers,
        params={
            "from": now - minutes * 60,
            "to": now,
            "query": f"sum:trace.http.request.errors{{service:{service}}}.as_rate()",
        },
        timeout=30,
    )
    resp.raise_for_status()
    series = resp.json().get("series", [])
    peak = max((p[1] or 0 for s in series for p in s["pointlist"]), default=0)
    return {"peak_error_rate": peak, "breached": peak > 0.02}
