def main(github: dict, repo: str, branches: list[str]):
    for name in branches:
        print(f"deleting {repo}:{name}")
    return {"deleted": len(branches)}
