# SDK: wmill 1.850.0 Faker.seed(n) seeds the generator shared by every Faker instance built without its own seed (faker Generator.__init__ takes the module random), so pseudonyms drawn in the body after it are the same every round; httpx.URL / httpx.QueryParams / requests.utils.quote only build values, the requests run in tasks
import httpx
import requests
from faker import Faker
from wmill import task, workflow

SURVEY_API = "https://survey.theatre.example/api"


@task(timeout=300)
async def responses(production: str, url: str) -> list[dict]:
    async with httpx.AsyncClient() as c:
        r = await c.get(url)
        r.raise_for_status()
        return [row for row in r.json() if row["production"] == production]


@task()
async def publish_digest(production: str, rows: list[dict], share_link: str) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"{SURVEY_API}/digests", json={"production": production, "rows": rows, "link": share_link})
        r.raise_for_status()
        return r.json()["id"]


def stars(rows: list[dict]) -> float:
    return round(sum(r["stars"] for r in rows) / len(rows), 2) if rows else 0.0


@workflow
async def main(production: str, run_id: int, min_stars: int = 1):
    base = httpx.URL(SURVEY_API)
    query = httpx.QueryParams({"production": production, "min": min_stars})
    listing = base.copy_with(path="/api/responses", query=str(query).encode())
    rows = await responses(production, str(listing))

    Faker.seed(run_id)
    fake = Faker("en_GB")
    aliases = {r["respondent"]: fake.first_name() for r in sorted(rows, key=lambda r: r["respondent"])}
    anonymised = [{"who": aliases[r["respondent"]], "stars": r["stars"], "comment": r.get("comment", "")} for r in rows]

    share = str(base.join(f"/share/{requests.utils.quote(production)}"))
    digest = await publish_digest(production, anonymised, share)
    return {"production": production, "responses": len(rows), "mean_stars": stars(rows), "digest": digest}
