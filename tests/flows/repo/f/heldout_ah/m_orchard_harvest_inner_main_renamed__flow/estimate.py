BINS_PER_TREE = {"gala": 0.45, "braeburn": 0.5, "cox": 0.35}


def main(block: dict):
    bins = round(block["trees"] * BINS_PER_TREE.get(block["variety"], 0.4))
    return {"block": block["id"], "bins": bins}
