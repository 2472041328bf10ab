import wmill
import requests


def main(message: str, failed_step: str, database: str):
    hook = wmill.get_variable("f/dba/alert_webhook")
    requests.post(hook, json={"text": f"backup of {database} failed in {failed_step}: {message}"}, timeout=10)
    return {"alerted": True}
