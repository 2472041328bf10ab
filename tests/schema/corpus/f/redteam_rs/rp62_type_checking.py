from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from f.common.models import Order


class Local:
    pass


def main(order: Order, local: Local, maybe: Optional[Order] = None):
    return order
