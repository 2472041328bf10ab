# SDK: wmill 1.850.0 a plain script used as a flow step before a suspend step: get_resume_urls() (client.py get_resume_urls) reads this job's resume / cancel URLs, which a plain script may do; the Slack post is the script's job
import wmill
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

PAR_LEVELS = {"king_sheet": 3.5, "queen_sheet": 3.5, "bath_towel": 4.0, "hand_towel": 4.0, "pillowcase": 3.0}


def shortfall(on_hand: dict[str, int], rooms: int) -> dict[str, int]:
    need = {}
    for item, par in PAR_LEVELS.items():
        target = int(par * rooms)
        have = on_hand.get(item, 0)
        if have < target:
            need[item] = target - have
    return need


def order_text(need: dict[str, int], vendor: str, approve: str, cancel: str) -> str:
    lines = [f"*Linen order for {vendor}*"]
    lines += [f"- {item.replace('_', ' ')}: {qty}" for item, qty in sorted(need.items())]
    lines.append(f"<{approve}|Approve> · <{cancel}|Reject>")
    return "\n".join(lines)


def main(slack: dict, channel: str, vendor: str, on_hand: dict[str, int], rooms: int = 180):
    need = shortfall(on_hand, rooms)
    if not need:
        return {"order": {}, "asked": False}
    urls = wmill.get_resume_urls()
    client = WebClient(token=slack["token"])
    try:
        client.chat_postMessage(channel=channel, text=order_text(need, vendor, urls["resume"], urls["cancel"]))
    except SlackApiError as err:
        # the flow's suspend step still waits; the approval page link is in the flow's UI
        print(f"could not post to {channel}: {err.response['error']}")
        return {"order": need, "asked": False, "approval_page": urls["approvalPage"]}
    return {"order": need, "asked": True}
