import json

from openai import OpenAI

PROMPT = """Classify this support ticket as one of: billing, outage, bug, question.
Answer as JSON: {"category": ..., "confidence": 0..1}."""


def main(subject: str, body: str, openai: dict):
    client = OpenAI(api_key=openai["api_key"])
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": PROMPT},
            {"role": "user", "content": f"{subject}\n\n{body[:4000]}"},
        ],
    )
    answer = json.loads(out.choices[0].message.content)
    return {"category": answer.get("category", "question"), "confidence": float(answer.get("confidence", 0))}
