from slack_sdk import WebClient


def main(slack: dict, site: str, orders: list):
    lines = [f"• {o['po_number']}: {o['quantity']} × {o['sku']}" for o in orders]
    text = f"*Restock {site}*: {len(orders)} purchase orders\n" + "\n".join(lines)
    WebClient(token=slack["token"]).chat_postMessage(channel="#purchasing", text=text)
    return {"posted": len(orders)}
