"""Keg a finished batch: check it against the style's limits, then label the kegs."""

from wmill import step, workflow

from ...brew.lib.qc.limits import limits_for, within
from ...brew.lib.tasks import label_kegs
from ..cellarlib import best_size, kegs_for


@workflow
async def main(batch_id: str, style: str, volume_l: float, abv: float, ibu: float = 40.0):
    lim = await step("limits", lambda: limits_for(style, refresh=True))
    if abv > lim["abv_max"] or not within(style, ibu, abv):
        return {"batch_id": batch_id, "held": True}
    size = best_size(volume_l)
    kegs = kegs_for(volume_l, size)
    printed = await label_kegs(batch_id=batch_id, kegs=kegs, keg_size_l=size)
    return {"batch_id": batch_id, "printed": printed}
