from f.common import http
from f.common.vars import label, remember
from wmill import workflow

SENDERS = {"json": http.post_json, "url": http.build_url}
KEEPERS = {"remember": remember, "label": label}


@workflow
async def main(url: str, kind: str, key: str):
    sent = SENDERS[kind](url, {"key": key})  # expect: WAC101
    shown = KEEPERS["label"](key)
    KEEPERS.get("remember")(key, shown)  # expect: WAC101
    return sent
