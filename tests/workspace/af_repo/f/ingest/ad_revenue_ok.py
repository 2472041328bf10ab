"""Ad revenue ingestion (the fixed copy): the settings module is only read inside a task."""

from f.lib.notify import format_alert
from f.lib.tasks import load_partition, notify_team
from wmill import task, workflow

NETWORKS = ["gam", "prebid", "amazon"]


@task(timeout=600)
async def pull_network(network: str, day: str) -> dict:
    import requests

    from f.lib import settings

    resp = requests.get(f"https://adserver.internal/reports/{network}/{day}.json", timeout=60)
    resp.raise_for_status()
    data = resp.json()
    lag = data.get("lag_hours", 0) > settings.MAX_LAG_HOURS
    return {"network": network, "impressions": data["impressions"], "late": lag}


@workflow
async def main(day: str):
    pulled = []
    for network in NETWORKS:
        pulled.append(await pull_network(network, day))
    part = await load_partition("ad_revenue", day)
    missing = [p["network"] for p in pulled if p["impressions"] == 0 or p["late"]]
    if missing:
        await notify_team(format_alert(f"Ad revenue {day}", [f"late or empty: {n}" for n in missing]))
    return {"day": day, "rows": part["rows"], "missing": missing}
