# SDK: wmill 1.850.0 client.py: the body reruns in every round; the error rate is read from Prometheus over HTTP in the body, so each replay can see another value and take another branch than the one recorded.
import httpx
from wmill import sleep, task, workflow

STAGES = (1, 5, 25, 50, 100)
PROM = "http://prometheus.monitoring:9090/api/v1/query"


@task()
async def set_percentage(flag: str, percent: int) -> bool:
    return True


@task()
async def notify(channel: str, text: str) -> bool:
    return True


def error_rate(flag: str) -> float:
    q = f'sum(rate(http_errors_total{{flag="{flag}"}}[5m])) / sum(rate(http_requests_total{{flag="{flag}"}}[5m]))'
    data = httpx.get(PROM, params={"query": q}, timeout=10).json()
    return float(data["data"]["result"][0]["value"][1]) if data["data"]["result"] else 0.0


@workflow
async def main(flag: str, channel: str = "#releases", soak_minutes: int = 30, max_error_rate: float = 0.01):
    for percent in STAGES:
        await set_percentage(flag, percent)
        await sleep(soak_minutes * 60)
        if error_rate(flag) > max_error_rate:  # expect: WAC101
            await set_percentage(flag, 0)
            await notify(channel, f"{flag} rolled back at {percent}%")
            return {"status": "rolled_back", "at": percent}
    return {"status": "done"}
