def main(title: str, body: str = ""):
    text = f"{title}\n{body}".lower()
    labels = [name for name in ("bug", "docs", "feature") if name in text]
    return {"labels": labels or ["triage"]}
