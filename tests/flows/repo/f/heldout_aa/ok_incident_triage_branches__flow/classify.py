def main(issue: dict):
    title = issue.get("title", "untitled")
    if issue.get("level") == "info" or "ResizeObserver" in title:
        kind = "noise"
    elif issue.get("firstRelease") and issue.get("isRegression"):
        kind = "regression"
    else:
        kind = "new"
    return {"kind": kind, "title": title}
