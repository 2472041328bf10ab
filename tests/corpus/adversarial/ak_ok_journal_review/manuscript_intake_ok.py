# SDK: wmill 1.850.0: uuid5 / sha256 of the input are stable across replays; task_script(path) results are checkpointed; str.casefold and unicodedata are pure
import hashlib
import re
import unicodedata
import uuid

from wmill import task, task_script, workflow

SUBMISSIONS_NS = uuid.UUID("6f1c2a4e-9d0b-4c53-8a51-0f2d7c3b9e10")

similarity_check = task_script("f/journal/similarity_check", timeout=1800)
extract_metadata = task_script("f/journal/extract_pdf_metadata", timeout=600)


def normalise_title(title: str) -> str:
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", folded).strip().casefold()


def manuscript_id(journal: str, title: str, corresponding_email: str) -> str:
    return str(uuid.uuid5(SUBMISSIONS_NS, f"{journal}|{normalise_title(title)}|{corresponding_email.lower()}"))


def fetch_scope(journal: str) -> list[str]:
    """Looks like a request; the scopes ship with the script."""
    return {
        "jmb": ["molecular biology", "genetics"],
        "jcs": ["computer science", "software"],
    }.get(journal, [])


@task()
async def register(ms_id: str, journal: str, title: str, checksum: str, keywords: list[str]) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://ems.example-press.org") as c:
        r = await c.put(
            f"/journals/{journal}/manuscripts/{ms_id}",
            json={"title": title, "checksum": checksum, "keywords": keywords},
        )
        r.raise_for_status()
        return r.json()


@task()
async def desk_reject(ms_id: str, reason: str) -> None:
    import httpx

    async with httpx.AsyncClient(base_url="https://ems.example-press.org") as c:
        await c.post(f"/manuscripts/{ms_id}/desk-reject", json={"reason": reason})


@workflow
async def main(journal: str, title: str, corresponding_email: str, pdf_s3_key: str, keywords: list[str] = []):
    ms_id = manuscript_id(journal, title, corresponding_email)
    checksum = hashlib.sha256(f"{pdf_s3_key}:{title}".encode()).hexdigest()
    scope = fetch_scope(journal)
    in_scope = any(k.casefold() in scope for k in keywords) or not scope

    meta = await extract_metadata(s3_key=pdf_s3_key)
    record = await register(ms_id, journal, title, checksum, sorted({k.casefold() for k in keywords}))
    if not in_scope:
        await desk_reject(ms_id, "out of scope")
        return {"id": ms_id, "status": "desk_rejected"}

    sim = await similarity_check(s3_key=pdf_s3_key, manuscript_id=ms_id)
    if sim.get("score", 0) > 0.4:
        await desk_reject(ms_id, f"similarity {sim['score']:.0%}")
        return {"id": ms_id, "status": "desk_rejected", "similarity": sim["score"]}
    return {"id": ms_id, "status": "under_review", "pages": meta.get("pages"), "record": record}
