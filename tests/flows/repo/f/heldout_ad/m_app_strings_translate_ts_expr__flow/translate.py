import wmill
import requests


def main(language: str, strings: dict, formality: str = "default"):
    deepl = wmill.get_resource("f/l10n/deepl")
    keys = sorted(strings)
    resp = requests.post(
        "https://api.deepl.com/v2/translate",
        headers={"Authorization": f"DeepL-Auth-Key {deepl['key']}"},
        json={"text": [strings[k] for k in keys], "target_lang": language.upper(), "formality": formality},
        timeout=60,
    )
    resp.raise_for_status()
    out = [t["text"] for t in resp.json()["translations"]]
    return {
        "language": language,
        "text": dict(zip(keys, out)),
        "chars": sum(len(strings[k]) for k in keys),
    }
