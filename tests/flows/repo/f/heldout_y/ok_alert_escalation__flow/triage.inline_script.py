def main(alert: dict):
    level = alert.get("level", "info")
    return {"level": level, "summary": alert.get("title", "untitled alert")}
