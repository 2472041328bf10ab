import wmill
import requests


def main(lab: str, registered: int, total: int):
    hook = wmill.get_variable("f/lims/slack_webhook")
    text = f":dna: {lab}: {registered}/{total} samples queued on the sequencer"
    requests.post(hook, json={"text": text}, timeout=10).raise_for_status()
    return text
