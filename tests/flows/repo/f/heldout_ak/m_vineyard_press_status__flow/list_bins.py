import wmill


def main(block_ids: list):
    picking = wmill.get_resource("f/vineyard/picking_sheet")
    return [
        {"bin": b["bin_no"], "block": b["block"], "kg": b["kg"]}
        for b in picking["bins"]
        if b["block"] in block_ids and not b["pressed"]
    ]
