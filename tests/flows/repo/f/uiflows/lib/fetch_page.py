from typing import Optional, TypedDict


class shopify(TypedDict):
    shop: str
    token: str


def main(store: shopify, cursor: Optional[str] = None, page_size: int = 100):
    return {"items": [], "next": None, "cursor": cursor, "size": page_size}
