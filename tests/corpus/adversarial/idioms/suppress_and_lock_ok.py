# SDK: wmill 1.850.0 client.py: `_StepSuspend` derives from BaseException, so `contextlib.suppress(KeyError)` lets it through; an `asyncio.Lock` held in the body does no I/O.
import asyncio
import contextlib

from wmill import task, workflow


@task()
async def load_profile(user_id: str) -> dict:
    return {"id": user_id, "prefs": {"lang": "fr"}}


@task()
async def send_digest(user_id: str, lang: str) -> bool:
    return True


@workflow
async def main(user_ids: list[str]):
    lock = asyncio.Lock()
    langs: dict[str, str] = {}
    for user_id in user_ids:
        profile = await load_profile(user_id)
        lang = "en"
        with contextlib.suppress(KeyError):
            lang = profile["prefs"]["lang"]
        async with lock:
            langs[user_id] = lang
        await send_digest(user_id, lang)
    return langs
