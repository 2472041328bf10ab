from slack_sdk import WebClient


def main(slack: dict, message: str, step: str, day: str):
    WebClient(token=slack["token"]).chat_postMessage(
        channel="#data-alerts",
        text=f":rotating_light: Clickstream ETL for {day} failed at `{step}`: {message[:500]}",
    )
    return {"alerted": True}
