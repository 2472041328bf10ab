import requests
import wmill


def main(channel: str, text: str, urgent: bool = False):
    hook = wmill.get_variable("f/bakery/kitchen_chat_webhook")
    payload = {"channel": channel, "text": ("[URGENT] " if urgent else "") + text}
    requests.post(hook, json=payload, timeout=10).raise_for_status()
    return {"posted": True}
