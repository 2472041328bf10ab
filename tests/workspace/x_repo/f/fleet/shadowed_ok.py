# SDK: wmill 1.850.0; the local post_json below replaces the imported one (a dry-run stub)
"""Dry-run of the ops hook: builds the request instead of sending it."""

from wmill import task, workflow

from f.lib.clock import label
from f.lib.net import post_json

OPS_HOOK = "https://ops.example-fleet.io/hooks/wave"


def post_json(url: str, payload: dict) -> dict:  # noqa: F811 - dry-run build, sends nothing
    return {"url": url, "payload": payload, "sent": False}


@task()
async def send_for_real(url: str, payload: dict) -> dict:
    import f.lib.net as live

    return live.post_json(url, payload)


@workflow
async def main(depot: str, confirm: bool = False):
    preview = post_json(OPS_HOOK, {"depot": depot, "wave": label(depot)})
    if confirm:
        return await send_for_real(OPS_HOOK, preview["payload"])
    return preview
