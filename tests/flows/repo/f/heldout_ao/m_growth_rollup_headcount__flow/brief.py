def main(company: str, headcount: int, segment: str = "unknown"):
    size = "large" if headcount >= 1000 else "medium" if headcount >= 100 else "small"
    return {"line": f"{company}: {size} ({headcount} people), segment {segment}"}
