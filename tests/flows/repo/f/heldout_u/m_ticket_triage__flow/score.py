from typing import Literal

Level = Literal["low", "normal", "high", "urgent"]

KEYWORDS = {
    "urgent": ("outage", "down", "data loss", "security"),
    "high": ("cannot login", "payment failed", "error 500"),
    "normal": ("how do i", "question"),
}
ORDER = ["low", "normal", "high", "urgent"]


def main(subject: str, body: str, page_threshold: Literal["low", "normal", "high", "urgent"] = "urgent"):
    text = f"{subject}\n{body}".lower()
    level: Level = "low"
    for candidate in ("urgent", "high", "normal"):
        if any(k in text for k in KEYWORDS[candidate]):
            level = candidate
            break
    page = ORDER.index(level) >= ORDER.index(page_threshold)
    return {"level": level, "page": page}
