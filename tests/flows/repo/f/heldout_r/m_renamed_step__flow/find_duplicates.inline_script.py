def main(contacts: list, threshold: float = 0.9):
    seen = {}
    pairs = []
    for c in contacts:
        if c["email"] in seen:
            pairs.append([seen[c["email"]], c])
        seen[c["email"]] = c
    return {"pairs": pairs, "threshold": threshold}
