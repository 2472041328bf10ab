# SDK: no wmill import; the warehouse regions the fulfilment workflows fan out to
WAREHOUSES = [("eu-central", "ham-1"), ("eu-west", "dub-2"), ("us-east", "ewr-1")]


def active_regions() -> set:
    return {region for region, _site in WAREHOUSES}


def region_order() -> list:
    return sorted({region for region, _site in WAREHOUSES})
