# SDK: wmill 1.850.0 a @task wrapper looked up in dict(...) or through .get(kind, default) is the same wrapper: its call returns an awaitable step that a dropped call leaves unawaited
from wmill import task, workflow

LIMS = "https://lims.happytails.example/api"


@task()
async def route_bloodwork(result: dict, clinic: str) -> str:
    import requests

    r = requests.post(f"{LIMS}/{clinic}/inbox/internal-medicine", json=result, timeout=20)
    return r.json()["ticket"]


@task()
async def route_urinalysis(result: dict, clinic: str) -> str:
    import requests

    r = requests.post(f"{LIMS}/{clinic}/inbox/nephrology", json=result, timeout=20)
    return r.json()["ticket"]


@task()
async def route_generic(result: dict, clinic: str) -> str:
    import requests

    r = requests.post(f"{LIMS}/{clinic}/inbox/general", json=result, timeout=20)
    return r.json()["ticket"]


@task()
async def pull_results(clinic: str, since: str) -> list[dict]:
    import requests

    r = requests.get(f"{LIMS}/{clinic}/results", params={"since": since}, timeout=30)
    return r.json()


ROUTES = dict(bloodwork=route_bloodwork, urinalysis=route_urinalysis)


@workflow
async def main(clinic: str, since: str):
    results = await pull_results(clinic, since)
    tickets = []
    for result in results:
        if result.get("critical"):
            tickets.append(await ROUTES.get(result["panel"], route_generic)(result, clinic))
        elif result["panel"] in ROUTES:
            ROUTES[result["panel"]](result, clinic)  # expect: WAC106
        else:
            ROUTES.get(result["panel"], route_generic)(result, clinic)  # expect: WAC106
    return {"clinic": clinic, "critical_tickets": tickets, "routed": len(results)}
