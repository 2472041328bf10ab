# SDK: wmill 1.850.0 WorkflowCtx._alloc_key numbers keys in call order; a set of shade names iterates in str-hash order, salted per process, so each replay can call match_family for another shade under the same key
"""Weekly shade-family rematch, ported from a Celery beat job."""

from wmill import task, workflow


@task()
async def lots_in_week(week: str) -> list[dict]:
    import httpx

    r = httpx.get("https://mes.dyehouse.example/lots", params={"week": week})
    r.raise_for_status()
    return r.json()


@task()
async def match_family(shade: str) -> dict:
    import httpx

    r = httpx.post("https://colour.dyehouse.example/families/match", json={"shade": shade})
    r.raise_for_status()
    return r.json()


@task()
async def write_families(week: str, rows: list[dict]) -> int:
    import httpx

    r = httpx.put(f"https://colour.dyehouse.example/weeks/{week}/families", json=rows)
    r.raise_for_status()
    return len(rows)


@workflow
async def main(week: str, customer: str = ""):
    lots = await lots_in_week(week)
    shades = {l["shade"].strip().lower() for l in lots if not customer or l["customer"] == customer}
    rows = []
    for shade in shades:  # expect: WAC105
        fam = await match_family(shade)
        rows.append({"shade": shade, "family": fam["family"], "confidence": fam["score"]})
    written = await write_families(week, rows)
    return {"week": week, "shades": len(rows), "written": written}
