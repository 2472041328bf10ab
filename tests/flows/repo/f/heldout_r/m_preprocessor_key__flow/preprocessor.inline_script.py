def preprocessor(event: dict):
    payload = event.get("body") or {}
    issue = payload.get("issue") or {}
    return {
        "repo": (payload.get("repository") or {}).get("full_name", ""),
        "number": issue.get("number", 0),
        "title": issue.get("title", ""),
        "body_text": issue.get("body") or "",
    }
