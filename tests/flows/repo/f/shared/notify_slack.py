def main(channel: str, text: str):
    return {"channel": channel, "text": text}
