def main(keep: int = 10):
    return {"releases": [f"v1.{i}" for i in range(max(0, 30 - keep))]}
