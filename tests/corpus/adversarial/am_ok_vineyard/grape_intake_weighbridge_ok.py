# SDK: wmill 1.850.0: a Django ORM is configured and queried only inside task bodies (child jobs); the workflow body handles plain dicts; sorted() of a set of str before the loop
import os

from wmill import task, workflow

GRADES = {"A": 1.15, "B": 1.0, "C": 0.8}


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "estate.settings")
    import django

    django.setup()


@task()
async def load_tickets(day: str) -> list[dict]:
    _django()
    from intake.models import WeighTicket

    qs = WeighTicket.objects.filter(day=day, voided=False).order_by("ticket_no")
    return [
        {"ticket": t.ticket_no, "grower": t.grower_code, "kg": float(t.net_kg), "grade": t.grade}
        for t in qs
    ]


@task()
async def settle_grower(grower: str, kg: float, weighted_kg: float) -> dict:
    _django()
    from intake.models import GrowerStatement

    stmt, _ = GrowerStatement.objects.update_or_create(
        grower_code=grower, defaults={"kg": kg, "weighted_kg": weighted_kg}
    )
    return {"grower": grower, "statement": stmt.pk}


def weigh(tickets: list[dict]) -> dict[str, tuple[float, float]]:
    out: dict[str, tuple[float, float]] = {}
    for t in tickets:
        kg, wkg = out.get(t["grower"], (0.0, 0.0))
        out[t["grower"]] = (kg + t["kg"], wkg + t["kg"] * GRADES.get(t["grade"], 1.0))
    return out


@workflow
async def main(day: str):
    tickets = await load_tickets(day)
    totals = weigh(tickets)
    growers = {t["grower"] for t in tickets}
    statements = []
    for g in sorted(growers):
        kg, wkg = totals[g]
        statements.append(await settle_grower(g, round(kg, 1), round(wkg, 1)))
    return {"day": day, "growers": len(growers), "statements": statements}
