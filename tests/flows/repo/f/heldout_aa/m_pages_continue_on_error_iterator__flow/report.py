def main(listing: dict, indexed: int):
    if "error" in listing:
        return {"ok": False, "reason": listing["error"].get("message", "listing failed")}
    return {"ok": True, "indexed": indexed, "truncated": listing.get("has_more", False)}
