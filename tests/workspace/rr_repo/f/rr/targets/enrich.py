def main(region: str, tag: str = ""):
    return {"region": region, "tag": tag}
