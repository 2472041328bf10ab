URGENT_WORDS = ("outage", "down", "data loss", "security")


def main(subject: str, body: str):
    text = f"{subject} {body}".lower()
    severity = "urgent" if any(w in text for w in URGENT_WORDS) else "normal"
    queue = "billing" if "invoice" in text else "general"
    return {"severity": severity, "queue": queue}
