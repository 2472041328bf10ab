def main(decision: str, summary: str = ""):
    return {"applied": decision, "summary": summary}
