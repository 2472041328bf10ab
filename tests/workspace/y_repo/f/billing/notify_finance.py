# SDK: none (plain script): pushed by `wmill sync push`, it has a main but no .script.yaml.
import requests


def main(channel: str, text: str, urgent: bool = False):  # expect: WAC901
    prefix = ":rotating_light: " if urgent else ""
    r = requests.post(
        "https://slack.com/api/chat.postMessage",
        json={"channel": channel, "text": prefix + text},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()
