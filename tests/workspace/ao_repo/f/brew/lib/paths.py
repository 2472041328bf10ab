"""Paths of the brewery's scripts and flows."""

OPS = "f/brew_ops"
ORDER_MALT = f"{OPS}/order_malt"
RESTOCK_FLOW = "f/taproom/restock"
