def main(members: list, charges: list, month: str):
    failed = [
        m["full_name"]
        for m, c in zip(members, charges)
        if not isinstance(c, dict) or c.get("status") != "succeeded"
    ]
    return {
        "month": month,
        "charged": len(members) - len(failed),
        "failed": failed,
    }
