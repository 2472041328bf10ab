"""Ad revenue ingestion: pull the ad server's daily report per network, load it, alert on gaps."""

from f.lib import settings  # expect: WAC101
from f.lib.notify import format_alert
from f.lib.tasks import load_partition, notify_team
from wmill import task, workflow

NETWORKS = ["gam", "prebid", "amazon"]


@task(timeout=600)
async def pull_network(network: str, day: str) -> dict:
    import requests

    resp = requests.get(f"https://adserver.internal/reports/{network}/{day}.json", timeout=60)
    resp.raise_for_status()
    data = resp.json()
    return {"network": network, "impressions": data["impressions"], "revenue_micros": data["revenue_micros"]}


@workflow
async def main(day: str):
    pulled = []
    for network in NETWORKS:
        pulled.append(await pull_network(network, day))
    part = await load_partition("ad_revenue", day)
    missing = [p["network"] for p in pulled if p["impressions"] == 0]
    if missing:
        await notify_team(format_alert(f"Ad revenue {day}", [f"no impressions from {n}" for n in missing]))
    return {"day": day, "rows": part["rows"], "channel": settings.ALERT_CHANNEL, "missing": missing}
