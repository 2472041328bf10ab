def main(text: str):
    return {"forwarded": True, "length": len(text)}
