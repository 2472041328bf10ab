# SDK: wmill 1.850.0 client.py: a task's value crosses JSON (model_dump() gives plain dicts); the body rebuilds the pydantic model from the checkpointed dict with model_validate, which only checks fields in memory
"""Extract the parties of an engagement letter in a task, then run conflict checks."""

from pydantic import BaseModel

from wmill import task, workflow


class Party(BaseModel):
    name: str
    role: str


class Parties(BaseModel):
    parties: list[Party]


@task(timeout=180)
async def extract_parties(letter_text: str) -> dict:
    from instructor import from_openai
    from openai import OpenAI

    client = from_openai(OpenAI())
    extracted = client.chat.completions.create(
        model="gpt-4o-mini",
        response_model=Parties,
        max_retries=2,
        messages=[{"role": "user", "content": f"List the parties in this engagement letter:\n{letter_text}"}],
    )
    return extracted.model_dump()


@task(timeout=120)
async def check_conflicts(party_name: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get("https://registry.lawfirm.example/conflicts", params={"name": party_name})
        r.raise_for_status()
        return r.json()


@workflow
async def main(letter_text: str):
    extracted = Parties.model_validate(await extract_parties(letter_text))
    hits = []
    for party in extracted.parties:
        result = await check_conflicts(party.name)
        if result["conflicts"]:
            hits.append({"party": party.name, "conflicts": result["conflicts"]})
    return {"parties": [p.model_dump() for p in extracted.parties], "conflicts": hits}
