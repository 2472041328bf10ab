def main(payload: dict):
    alert = (payload.get("alerts") or [{}])[0]
    labels = alert.get("labels", {})
    return {
        "severity": labels.get("severity", "warning"),
        "title": alert.get("annotations", {}).get("summary", payload.get("title", "alert")),
        "fingerprint": alert.get("fingerprint", ""),
    }
