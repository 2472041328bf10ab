# SDK: wmill 1.850.0 Slack Block Kit models (slack_sdk.models.blocks), Telegram keyboards and pymongo bulk operations are built in the workflow body as plain payloads; only the tasks' WebClient / Bot / collection calls send them; socket.inet_aton only validates an address string
import socket

import pymongo
from slack_sdk import WebClient
from slack_sdk.models.blocks import ContextBlock, DividerBlock, SectionBlock
from slack_sdk.models.blocks.basic_components import MarkdownTextObject
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from wmill import get_resource, task, workflow


@task()
async def post_blocks(channel: str, blocks: list[dict]) -> str:
    client = WebClient(token=get_resource("f/port/slack")["token"])
    return client.chat_postMessage(channel=channel, blocks=blocks, text="gate update")["ts"]


@task()
async def ask_driver(chat_id: int, text: str, keyboard: dict) -> int:
    bot = Bot(get_resource("f/port/telegram")["token"])
    msg = await bot.send_message(chat_id=chat_id, text=text, reply_markup=InlineKeyboardMarkup.de_json(keyboard, bot))
    return msg.message_id


@task()
async def apply_moves(ops: list[dict]) -> int:
    client = pymongo.MongoClient(get_resource("f/port/mongo")["url"])
    coll = client["gate"]["appointments"]
    res = coll.bulk_write([pymongo.UpdateOne(o["filter"], o["update"]) for o in ops])
    return res.modified_count


def valid_ip(ip: str) -> bool:
    try:
        socket.inet_aton(ip)
        return ip.count(".") == 3
    except OSError:
        return False


@workflow
async def main(gate: str, kiosk_ip: str, moves: list[dict], channel: str = "#gate-ops"):
    kiosk = kiosk_ip if valid_ip(kiosk_ip) else "unknown"
    lines = [f"*{m['truck']}* → slot {m['slot']}" for m in sorted(moves, key=lambda m: m["slot"])]
    blocks = [
        SectionBlock(text=MarkdownTextObject(text=f"Gate {gate}: {len(moves)} moved appointments")).to_dict(),
        DividerBlock().to_dict(),
        *[SectionBlock(text=MarkdownTextObject(text=line)).to_dict() for line in lines],
        ContextBlock(elements=[MarkdownTextObject(text=f"kiosk {kiosk}")]).to_dict(),
    ]
    ts = await post_blocks(channel, blocks)
    asked = {}
    for m in moves:
        if m.get("chat_id"):
            keyboard = InlineKeyboardMarkup(
                [[InlineKeyboardButton("Confirm", callback_data=f"ok:{m['truck']}"), InlineKeyboardButton("Call me", callback_data=f"call:{m['truck']}")]]
            ).to_dict()
            asked[m["truck"]] = await ask_driver(m["chat_id"], f"New slot {m['slot']} at gate {gate}", keyboard)
    ops = [{"filter": {"truck": m["truck"], "gate": gate}, "update": {"$set": {"slot": m["slot"]}}} for m in moves]
    modified = await apply_moves(ops)
    return {"slack_ts": ts, "asked": asked, "modified": modified}
