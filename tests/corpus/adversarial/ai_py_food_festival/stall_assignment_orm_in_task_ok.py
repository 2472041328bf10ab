# SDK: wmill 1.850.0 checkpoints a task's result: the vendor list is queried once in its own job and every replay reads the same list from the checkpoint
"""Stall map assignment for the food festival (a Django management command + Celery tasks, moved into one workflow)."""

from __future__ import annotations

import logging

import django

django.setup()

from festival.models import Vendor  # noqa: E402
from wmill import parallel, task, workflow  # noqa: E402

log = logging.getLogger("festival.stalls")


@task(timeout=120)
async def confirmed_vendors(festival_id: int, min_rating: float) -> list[dict]:
    rows = Vendor.objects.filter(festival_id=festival_id, confirmed=True, rating__gte=min_rating).order_by("signed_up_at")
    return [{"id": r["id"], "cuisine": r["cuisine"], "power_kw": float(r["power_kw"])} for r in rows.values("id", "cuisine", "power_kw")]


@task(timeout=300)
async def reserve_stall(vendor_id: int, zone: str, power_kw: float) -> dict:
    from festival.models import Stall

    stall = Stall.objects.filter(zone=zone, power_kw__gte=power_kw, vendor__isnull=True).order_by("number").first()
    if stall is None:
        return {"vendor": vendor_id, "stall": None}
    stall.vendor_id = vendor_id
    stall.save(update_fields=["vendor"])
    return {"vendor": vendor_id, "stall": stall.number}


@task(timeout=120)
async def email_vendor(vendor_id: int, stall: int | None) -> None:
    from django.core.mail import send_mail

    from festival.models import Vendor as V

    v = V.objects.get(pk=vendor_id)
    send_mail("Your stall", f"Stall {stall or 'waitlist'}", "stalls@festival.example", [v.email])


def zone_for(cuisine: str) -> str:
    return {"bbq": "smoke-lane", "dessert": "sweet-row"}.get(cuisine, "main-square")


@workflow
async def main(festival_id: int, min_rating: float = 3.5):
    vendors = await confirmed_vendors(festival_id, min_rating)
    assigned = await parallel(vendors, lambda v: reserve_stall(v["id"], zone_for(v["cuisine"]), float(v["power_kw"])), concurrency=5)
    for a in assigned:
        await email_vendor(a["vendor"], a["stall"])
    waitlisted = [a["vendor"] for a in assigned if a["stall"] is None]
    log.info("assigned %d, waitlisted %d", len(assigned) - len(waitlisted), len(waitlisted))
    return {"assigned": len(assigned) - len(waitlisted), "waitlisted": waitlisted}
