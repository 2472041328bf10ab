def main(releases: list):
    return {"deleted": len(releases)}
