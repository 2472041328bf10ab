# SDK: wmill 1.850.0 a module-level dict cache filled at import from literals; hashlib keys of input segments; asyncio.gather over tasks in list order
import asyncio
import hashlib
import json

import httpx
from wmill import task, workflow

LANG_PAIRS = {("en", "de"): "deepl", ("en", "ja"): "mt-ja", ("fr", "en"): "deepl"}
GLOSSARY = {term.lower(): term for term in ["Windmill", "OpenFlow", "Kubernetes"]}
ENGINE_URL = {"deepl": "https://api.deepl.example/v2", "mt-ja": "https://mt-ja.example/api"}


def segment_key(text: str, src: str, tgt: str) -> str:
    return hashlib.blake2b(json.dumps([text, src, tgt]).encode(), digest_size=12).hexdigest()


def protect_terms(text: str) -> str:
    out = text
    for low, term in GLOSSARY.items():
        out = out.replace(low, term)
    return out


@task()
async def lookup_memory(keys: list[str]) -> dict[str, str]:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://tm.agency.example/lookup", json={"keys": keys})
        r.raise_for_status()
        return r.json()


@task(timeout=600, concurrency_limit=4, concurrency_key="mt-engine")
async def machine_translate(engine: str, segments: list[str], src: str, tgt: str) -> list[str]:
    async with httpx.AsyncClient(base_url=ENGINE_URL[engine], timeout=120) as c:
        r = await c.post("/translate", json={"text": segments, "source": src, "target": tgt})
        r.raise_for_status()
        return [t["text"] for t in r.json()["translations"]]


@workflow
async def main(segments: list[str], src: str = "en", tgt: str = "de", batch: int = 40):
    engine = LANG_PAIRS.get((src, tgt), "deepl")
    keys = [segment_key(s, src, tgt) for s in segments]
    memory = await lookup_memory(keys)
    todo = [protect_terms(s) for s, k in zip(segments, keys) if k not in memory]
    batches = [todo[i : i + batch] for i in range(0, len(todo), batch)]
    translated = await asyncio.gather(*(machine_translate(engine, b, src, tgt) for b in batches))
    fresh = iter([t for chunk in translated for t in chunk])
    out = [memory[k] if k in memory else next(fresh) for k in keys]
    return {"engine": engine, "reused": len(segments) - len(todo), "translations": out}
