# SDK: wmill 1.850.0 WorkflowCtx._alloc_key numbers tasks by name in call order; dict.keys() - list is a set (str hash salted per process)
from wmill import task, workflow


@task()
async def load_recipe_book(brewery: str) -> dict:
    # style name -> recipe spec, as the brewing system stores it
    return {
        "west-coast-ipa": {"og": 1.062, "ibu": 65},
        "helles": {"og": 1.048, "ibu": 18},
        "oatmeal-stout": {"og": 1.058, "ibu": 35},
        "gose": {"og": 1.044, "ibu": 8},
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


@workflow
async def main(brewery: str = "north-dock"):
    recipes = await load_recipe_book(brewery)
    retired = await list_retired_styles(brewery)

    # keep the styles that are still brewed; the view minus a list is a set
    active = recipes.keys() - retired
    schedule = []
    for style in active:  # expect: WAC105
        spec = recipes[style]
        schedule.append(await schedule_brew(brewery, style, spec["og"], spec["ibu"]))

    # hops for the bitter ones: the comparison of two views is a set as well
    bitter = {k for k, v in recipes.items() if v["ibu"] > 30}
    hop_orders = [await reserve_hops(s, recipes[s]["ibu"]) for s in bitter ^ set(retired)]  # expect: WAC105

    return {"schedule": schedule, "hops": hop_orders}
