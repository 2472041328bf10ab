# SDK: wmill 1.850.0 client.py: the body is replayed after every suspension; instructor.from_openai wraps an OpenAI client, and its chat.completions.create sends the request (and its validation retries) where it is called
"""Extract the parties of an engagement letter with instructor, then run conflict checks."""

from instructor import from_openai
from openai import OpenAI
from pydantic import BaseModel

from wmill import task, workflow


class Party(BaseModel):
    name: str
    role: str


class Parties(BaseModel):
    parties: list[Party]


client = from_openai(OpenAI())


@task(timeout=120)
async def check_conflicts(party_name: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get("https://registry.lawfirm.example/conflicts", params={"name": party_name})
        r.raise_for_status()
        return r.json()


@workflow
async def main(letter_text: str):
    extracted = client.chat.completions.create(  # expect: WAC101
        model="gpt-4o-mini",
        response_model=Parties,
        max_retries=2,
        messages=[{"role": "user", "content": f"List the parties in this engagement letter:\n{letter_text}"}],
    )
    hits = []
    for party in extracted.parties:
        result = await check_conflicts(party.name)
        if result["conflicts"]:
            hits.append({"party": party.name, "conflicts": result["conflicts"]})
    return {"parties": [p.model_dump() for p in extracted.parties], "conflicts": hits}
