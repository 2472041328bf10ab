# SDK: wmill 1.850.0 _alloc_key is call-order based; dicts from task results keep JSON order; sorted() fixes set order
from wmill import task, workflow


@task()
async def load_recipe_book(brewery: str) -> dict:
    return {
        "west-coast-ipa": {"og": 1.062, "ibu": 65},
        "helles": {"og": 1.048, "ibu": 18},
        "oatmeal-stout": {"og": 1.058, "ibu": 35},
    }


@task()
async def list_retired_styles(brewery: str) -> list[str]:
    return ["gose"]


@task()
async def schedule_brew(brewery: str, style: str, og: float, ibu: int) -> dict:
    return {"style": style, "slot": "pending"}


@task()
async def reserve_hops(style: str, ibu: int) -> str:
    return f"hops-{style}"


@task()
async def check_tank(tank: str) -> dict:
    return {"tank": tank, "gravity": 1.012}


@workflow
async def main(brewery: str = "north-dock", tanks: list[str] = []):
    recipes = await load_recipe_book(brewery)
    retired = set(await list_retired_styles(brewery))

    schedule = []
    # insertion order of the task's dict; the set is only used for membership
    for style, spec in recipes.items():
        if style in retired:
            continue
        schedule.append(await schedule_brew(brewery, style, spec["og"], spec["ibu"]))

    # set algebra is fine once sorted
    for style in sorted(recipes.keys() - retired):
        await reserve_hops(style, recipes[style]["ibu"])

    # dedupe the tank list without losing its order
    readings = []
    for tank in dict.fromkeys(tanks or ["fv1", "fv2", "fv1", "bbt1"]):
        readings.append(await check_tank(tank))

    return {"schedule": schedule, "readings": readings}
