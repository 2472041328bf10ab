# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the `api` property is annotated `-> httpx.Client`, so `svc.api.post(...)` is a request each round, while `svc.api.base_url` only reads.
import httpx
from wmill import task, workflow

_POOL: dict = {}


class Service:
    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def api(self) -> httpx.Client:
        return _POOL.setdefault(self.name, httpx.Client(base_url=f"https://{self.name}.internal"))


@task()
async def build_release(service: str) -> dict:
    return {"service": service, "version": "1.4.2"}


@workflow
async def main(service: str):
    release = await build_release(service)
    svc = Service(service)
    origin = str(svc.api.base_url)
    svc.api.post("/releases", json=release)  # expect: WAC101
    return {"origin": origin, "release": release}
