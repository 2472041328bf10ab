def main(github: dict, repo: str, sha: str, max_lines: int = 20):
    return {"lines": [f"- {sha[:7]} initial"][:max_lines]}
