"""Price and record a hop addition, with a tasting note."""

from wmill import step, task_script, workflow

from f.brew.lib import hops
from f.brew.lib.models import HopBill
from u.otto.tasting import note

hop_addition = task_script("f/brew_ops/hop_addition")


@workflow
async def main(batch_id: str, variety: str, grams: int):
    price = hops.PRICES[variety]  # expect: WAC101
    bill = HopBill(batch_id=batch_id, variety=variety, grams=grams)
    await hop_addition(batch=bill, grams=grams)  # expect: WAC107
    await step("note", lambda: note(batch_id, f"{variety} {grams} g", persist=True))
    note(batch_id, "hops ordered", persist=True)  # expect: WAC101
    return {"cost": price * grams, "alpha": hops.alpha(variety)}
