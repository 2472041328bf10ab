def main(offers: list, group: str):
    complete = [o for o in offers if not o["missing"]]
    if not complete:
        return {"group": group, "reserved_at": None}
    return {"group": group, "reserved_at": complete[0]["branch"]}
