# SDK: wmill 1.850.0 a task call queues the step and returns a coroutine; `Sig.delay()` returns it and the loop drops it, so the renewal result is lost and the body runs on
import httpx
from wmill import task, workflow

ACME = "https://acme-proxy.netops.example"


class Sig:
    """A Celery-style signature kept from the old beat schedule."""

    def __init__(self, fn, *args, **kwargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def delay(self):
        return self.fn(*self.args, **self.kwargs)


@task()
async def expiring(days: int) -> list[str]:
    r = httpx.get(f"{ACME}/certificates", params={"expiring_within_days": days})
    return [c["host"] for c in r.json()["certificates"]]


@task(timeout=600, retry={"attempts": 2, "delay": 60})
async def renew(host: str, key_type: str) -> dict:
    r = httpx.post(f"{ACME}/renew", json={"host": host, "key_type": key_type})
    r.raise_for_status()
    return r.json()


@task()
async def report(hosts: list[str]) -> None:
    httpx.post("https://chat.netops.example/hooks/certs", json={"text": f"renewing {len(hosts)} certs"})


@workflow
async def main(days: int = 21, key_type: str = "ec256"):
    hosts = await expiring(days=days)
    chain = [Sig(renew, h, key_type=key_type) for h in hosts]
    for sig in chain:
        sig.delay()  # expect: WAC106
    await report(hosts=hosts)
    return {"renewing": hosts}
