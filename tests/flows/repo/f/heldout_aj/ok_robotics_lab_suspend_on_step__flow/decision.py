def main(cycle_ok: bool, arms: list, notes: str = ""):
    if not cycle_ok:
        print(f"canary rejected: {notes}")
        return []
    return arms
