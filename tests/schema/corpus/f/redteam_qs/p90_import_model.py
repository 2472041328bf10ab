from f.redteam_qs_shared.models import Order
from ..redteam_qs_shared.models import Order as O2


def main(order: Order, other: O2 = None):
    return order
