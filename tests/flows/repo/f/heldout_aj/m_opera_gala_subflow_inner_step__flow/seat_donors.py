def main(donors: list, taken: list, free: int):
    rows = [f"{r}{n}" for r in "ABCDEFGH" for n in range(1, 31)]
    available = [s for s in rows if s not in set(taken)][: max(free, 0)]
    return [{**d, "seat": seat} for d, seat in zip(donors, available)]
