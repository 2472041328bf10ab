import wmill
import requests


def main(message: str, step_id: str, period: str, job_url: str):
    hook = wmill.get_variable("f/finance/alerts_webhook")
    text = f":rotating_light: payroll {period} failed at `{step_id}`: {message}\n{job_url}"
    requests.post(hook, json={"text": text}, timeout=10).raise_for_status()
    return {"alerted": True}
