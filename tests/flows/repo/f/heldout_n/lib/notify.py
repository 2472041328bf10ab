def main(channel: str, text: str, urgent: bool = False):
    return {"channel": channel, "text": text, "urgent": urgent}
