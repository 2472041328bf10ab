# SDK: wmill 1.850.0 a plain script meant as the approval step of an OpenFlow flow (the flow's suspend setting does the waiting): get_resume_urls is called in main and posted to Slack, as the Hub's approval scripts do; no @workflow here
import wmill
from slack_sdk import WebClient


def format_vehicle(v: dict) -> str:
    hours = v["minutes"] // 60
    return f"`{v['plate']}` on level {v['level']}: {hours}h {v['minutes'] % 60}m"


def main(garage: str, vehicles: list[dict], channel: str = "#garage-ops", approver: str = ""):
    urls = wmill.get_resume_urls(approver or None)
    slack = WebClient(token=wmill.get_resource("f/parking/slack_bot")["token"])
    listing = "\n".join(format_vehicle(v) for v in sorted(vehicles, key=lambda v: -v["minutes"]))
    slack.chat_postMessage(
        channel=channel,
        text=f"{len(vehicles)} vehicles over the limit at {garage}",
        blocks=[
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*Tow candidates at {garage}*\n{listing}"}},
            {
                "type": "actions",
                "elements": [
                    {"type": "button", "text": {"type": "plain_text", "text": "Approve tows"}, "url": urls["resume"], "style": "danger"},
                    {"type": "button", "text": {"type": "plain_text", "text": "Leave them"}, "url": urls["cancel"]},
                ],
            },
        ],
    )
    return {"garage": garage, "count": len(vehicles), "approval_page": urls["approvalPage"]}
