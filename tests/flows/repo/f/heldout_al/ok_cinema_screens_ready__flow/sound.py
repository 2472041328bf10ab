def main(screen: str):
    return {"screen": screen, "channels_ok": 7, "ready": True}
