import json

import requests


def main(text: str, openai: dict):
    r = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {openai['api_key']}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": "Label as bug, billing or question. JSON."},
                {"role": "user", "content": text},
            ],
            "response_format": {"type": "json_object"},
        },
        timeout=30,
    )
    out = json.loads(r.json()["choices"][0]["message"]["content"])
    return {"label": out.get("label", "question"), "confidence": float(out.get("confidence", 0))}
