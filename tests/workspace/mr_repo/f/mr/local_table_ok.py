from f.common import http
from f.common.vars import label, remember
from wmill import step, workflow

SENDERS = {"json": http.post_json, "url": http.build_url}
KEEPERS = {"remember": remember, "label": label}


@workflow
async def main(url: str, kind: str, key: str):
    joined = SENDERS["url"](url, key)
    shown = KEEPERS["label"](key)
    await step("remember", lambda: KEEPERS["remember"](key, shown))
    return await step("send", lambda: SENDERS[kind](joined, {"key": key}))
