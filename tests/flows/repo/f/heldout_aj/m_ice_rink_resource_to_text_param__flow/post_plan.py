import requests


def main(webhook_url: str, slots: list, compressor_note: str):
    lines = [f"{s['day']} {s['at_min'] // 60:02d}:{s['at_min'] % 60:02d} ({s['gap']} min)" for s in slots]
    text = "Resurfacing plan\n" + "\n".join(lines) + f"\n{compressor_note}"
    resp = requests.post(webhook_url, json={"text": text}, timeout=10)
    resp.raise_for_status()
    return {"slots": len(slots)}
