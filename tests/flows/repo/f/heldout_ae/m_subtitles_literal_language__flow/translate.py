from typing import Literal

import requests
import wmill


def main(
    segments: list,
    source: str,
    target: Literal["de", "fr", "es", "it"],
    formality: Literal["default", "more", "less"] = "default",
):
    key = wmill.get_variable("f/video/deepl_key")
    texts = [s["text"] for s in segments]
    resp = requests.post(
        "https://api.deepl.com/v2/translate",
        headers={"Authorization": f"DeepL-Auth-Key {key}"},
        json={"text": texts, "source_lang": source.upper(), "target_lang": target.upper(), "formality": formality},
        timeout=120,
    )
    resp.raise_for_status()
    translated = [t["text"] for t in resp.json()["translations"]]
    return {"segments": [{**s, "text": t} for s, t in zip(segments, translated)]}
