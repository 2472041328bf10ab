import json

from openai import OpenAI

CATEGORIES = ["billing", "bug", "account", "shipping", "other"]


def main(openai: dict, subject: str, body: str):
    client = OpenAI(api_key=openai["api_key"])
    prompt = (
        f"Classify this support ticket. Categories: {', '.join(CATEGORIES)}. "
        "Urgency: urgent, normal or low. Answer as JSON with keys category and urgency.\n\n"
        f"Subject: {subject}\n\n{body[:4000]}"
    )
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
        response_format={"type": "json_object"},
    )
    parsed = json.loads(out.choices[0].message.content)
    category = parsed.get("category") if parsed.get("category") in CATEGORIES else "other"
    urgency = parsed.get("urgency") if parsed.get("urgency") in ("urgent", "normal", "low") else "normal"
    return {"category": category, "urgency": urgency}
