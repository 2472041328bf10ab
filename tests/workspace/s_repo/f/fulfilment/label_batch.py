# SDK: wmill 1.850.0 task_script(path) -> wrapper(**kwargs): keyword arguments only, sent as the
# target's args; f/fulfilment/render_label main(order_id, carrier, dpi=203, copies=1)
from wmill import task_script, workflow

render_label = task_script("f/fulfilment/render_label", timeout=120)
customs = task_script("f/fulfilment/customs_declaration")  # expect: WAC401
pack_slip = task_script("./pack_slip.py")  # expect: WAC401


@workflow
async def main(order_ids: list, carrier: str = "dhl"):
    labels = []
    for order_id in order_ids:
        label = await render_label(order_id=order_id, printer="zebra-2")  # expect: WAC402
        labels.append(label)
    first = await render_label(order_ids[0], carrier)  # expect: WAC301
    declaration = await customs(order_ids=order_ids)
    slip = await pack_slip(order_ids=order_ids)
    return {"labels": labels, "first": first, "customs": declaration, "slip": slip}
