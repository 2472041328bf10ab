import requests
import wmill


def main(message: str, step: str, week: str):
    pager = wmill.get_variable("f/cinema/duty_pager_webhook")
    requests.post(pager, json={"text": f"Programme {week} failed at {step}: {message}"}, timeout=10)
    return {"paged": True}
