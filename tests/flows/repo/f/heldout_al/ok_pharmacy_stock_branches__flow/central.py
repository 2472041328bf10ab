import wmill


def main(sku: str):
    wh = wmill.get_resource("f/pharmacy/central_wms")
    return {"site": "central", "units": wh["stock"].get(sku, 0)}
