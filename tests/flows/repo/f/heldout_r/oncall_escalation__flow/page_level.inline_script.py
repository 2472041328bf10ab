def main(level: int, policy: dict, incident: dict):
    levels = policy.get("levels", [])
    if level >= len(levels):
        return {"paged": []}
    targets = [t["id"] for t in levels[level].get("targets", [])]
    print(f"paging {targets} for {incident['id']}")
    return {"paged": targets}
