from typing import TypedDict

import requests


class deepl(TypedDict):
    api_key: str


def main(deepl: deepl, article_id: int, title: str, body: str, locale: str):
    r = requests.post(
        "https://api.deepl.com/v2/translate",
        headers={"Authorization": f"DeepL-Auth-Key {deepl['api_key']}"},
        data={"text": [title, body], "target_lang": locale.upper(), "tag_handling": "html"},
        timeout=60,
    )
    r.raise_for_status()
    t_title, t_body = (t["text"] for t in r.json()["translations"])
    return {"article_id": article_id, "locale": locale, "title": t_title, "body": t_body, "ok": True}
