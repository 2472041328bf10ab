# SDK: wmill 1.850.0 client.py — each awaited task call gets a key from _alloc_key in call order (list_page, list_page_2, ...), so a walrus-driven paging loop over task results replays identically
from wmill import task, workflow


@task()
async def list_page(org: str, cursor: str | None) -> dict:
    import httpx

    params = {"org": org, "limit": 100}
    if cursor:
        params["cursor"] = cursor
    r = httpx.get("https://api.example.com/v2/members", params=params, timeout=20)
    r.raise_for_status()
    return r.json()


@task()
async def deactivate(member_ids: list[str]) -> int:
    import httpx

    r = httpx.post("https://api.example.com/v2/members/deactivate", json={"ids": member_ids})
    return r.json()["count"]


@workflow
async def main(org: str, inactive_days: int = 90):
    cursor = None
    stale: list[str] = []
    while (page := await list_page(org, cursor))["items"]:
        stale.extend(m["id"] for m in page["items"] if m.get("idle_days", 0) >= inactive_days)
        if not (cursor := page.get("next_cursor")):
            break
    if (n := len(stale)) == 0:
        return {"deactivated": 0}
    return {"candidates": n, "deactivated": await deactivate(stale)}
