def main(alert: dict):
    labels = alert.get("labels", {})
    sev = labels.get("severity", "info")
    return {"service": labels.get("service", "unknown"), "severity": sev}
