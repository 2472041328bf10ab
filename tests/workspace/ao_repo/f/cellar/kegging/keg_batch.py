"""Keg a finished batch: check it against the style's limits, then label the kegs."""

from wmill import step, workflow

from ...brew.lib.qc.limits import limits_for
from ...brew.lib.tasks import label_kegs
from ..cellarlib import best_size, kegs_for


@workflow
async def main(batch_id: str, style: str, volume_l: float, abv: float):
    lim = limits_for(style, refresh=True)  # expect: WAC101
    if abv > lim["abv_max"]:
        return {"batch_id": batch_id, "held": True}
    size = best_size(volume_l)
    kegs = kegs_for(volume_l, size)
    printed = await label_kegs(batch_id=batch_id, kegs=kegs)  # expect: WAC402
    await step("kegged", lambda: {"kegs": kegs, "size_l": size})
    return {"batch_id": batch_id, "printed": printed}
