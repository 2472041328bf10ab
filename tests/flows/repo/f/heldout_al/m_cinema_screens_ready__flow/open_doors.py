def main(screen: str):
    return {"screen": screen, "doors": "open"}
