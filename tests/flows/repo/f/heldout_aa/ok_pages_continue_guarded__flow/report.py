from typing import Optional


def main(listing_error: Optional[str], done: int):
    if listing_error:
        return {"ok": False, "error": listing_error}
    return {"ok": True, "summarized": done}
