import wmill


def main(depots: list):
    portal = wmill.get_resource("f/salt_mine/orders_portal")
    return [o for o in portal["open_orders"] if o["depot"] in depots]
