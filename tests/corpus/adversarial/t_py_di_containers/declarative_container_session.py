# SDK: code the workflow body calls directly (not through task/step) is replayed; a providers.Singleton of requests.Session still sends a request on every replay
import requests
from dependency_injector import containers, providers
from wmill import task, workflow


class Services(containers.DeclarativeContainer):
    config = providers.Configuration()
    http = providers.Singleton(requests.Session)


services = Services()
services.config.from_dict({"crm_url": "https://crm.internal/api"})


@task()
async def enrich_lead(email: str) -> dict:
    domain = email.split("@", 1)[1]
    return {"email": email, "domain": domain, "tier": "enterprise" if domain.endswith(".com") else "smb"}


@workflow
async def main(email: str, source: str = "webinar"):
    lead = await enrich_lead(email=email)
    resp = services.http().post(  # expect: WAC101
        "https://crm.internal/api/leads",
        json={**lead, "source": source},
        timeout=15,
    )
    resp.raise_for_status()
    return {"lead": lead, "crm_id": resp.json()["id"]}
