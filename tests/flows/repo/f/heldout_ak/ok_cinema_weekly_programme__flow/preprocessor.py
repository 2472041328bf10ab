def preprocessor(event: dict):
    body = event.get("body") or {}
    return {
        "week": body["week"],
        "films": [
            {"title": f["title"], "runtime_min": int(f["runtime"]), "rating": f.get("rating", "NR")}
            for f in body.get("releases", [])
        ],
    }
