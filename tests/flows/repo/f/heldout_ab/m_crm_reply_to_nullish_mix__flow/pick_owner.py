from collections import Counter


def main(contacts: list):
    owners = Counter(c["owner"] for c in contacts if c.get("owner"))
    if not owners:
        return {"email": None}
    owner_id, _ = owners.most_common(1)[0]
    return {"email": f"owner-{owner_id}@acme.io"}
