KEYWORDS = {"invoice": "billing", "refund": "billing", "down": "outage", "500": "outage"}


def main(subject: str, body: str = ""):
    text = f"{subject} {body}".lower()
    for word, category in KEYWORDS.items():
        if word in text:
            return {"category": category, "confidence": 0.9}
    return {"category": "other", "confidence": 0.3}
