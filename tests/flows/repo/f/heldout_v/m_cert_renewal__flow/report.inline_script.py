from slack_sdk import WebClient


def main(slack: dict, expiring: list[dict], soonest_days: int, renew_error: str | None = None):
    if not expiring:
        return {"posted": False}
    lines = [f"• {p['host']}: {p['days_left']} days left" for p in expiring]
    status = f"renewal failed: {renew_error}" if renew_error else "renewal requested"
    WebClient(token=slack["token"]).chat_postMessage(
        channel="#platform",
        text=f"*Certificates close to expiry* (soonest in {soonest_days} days, {status})\n" + "\n".join(lines),
    )
    return {"posted": True, "count": len(expiring)}
