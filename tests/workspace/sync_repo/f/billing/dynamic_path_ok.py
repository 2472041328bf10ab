import wmill


def main(name: str, payload: dict):
    first = wmill.run_script_by_path(f"f/billing/{name}", args={"anything": 1})
    second = wmill.run_script_by_path("f/billing/charge", args=payload)
    third = wmill.run_script_by_path("hub/123/slack/send", args={"text": "hi"})
    return first, second, third
