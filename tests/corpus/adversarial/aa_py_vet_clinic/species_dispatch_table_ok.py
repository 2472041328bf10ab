# SDK: wmill 1.850.0 a task looked up in a dict is the same wrapper; awaiting it dispatches the step keyed by the function's __name__
import httpx
from wmill import task, workflow

SMS_GATEWAY = "https://sms.vetline.example/send"


@task()
async def remind_dog(pet: dict) -> str:
    async with httpx.AsyncClient() as client:
        r = await client.post(SMS_GATEWAY, json={"to": pet["phone"], "body": f"{pet['name']} is due for DHPP"})
        r.raise_for_status()
    return "dog"


@task()
async def remind_cat(pet: dict) -> str:
    async with httpx.AsyncClient() as client:
        r = await client.post(SMS_GATEWAY, json={"to": pet["phone"], "body": f"{pet['name']} is due for FVRCP"})
        r.raise_for_status()
    return "cat"


@task()
async def page_exotics_vet(pet: dict) -> str:
    r = httpx.post("https://pager.vetline.example/exotics", json={"pet": pet["id"]})
    r.raise_for_status()
    return "exotic"


def label_for(pet: dict) -> str:
    # pure: picks the display label, no I/O
    return {"dog": "Canine", "cat": "Feline"}.get(pet["species"], "Other")


HANDLERS = {
    "dog": remind_dog,
    "cat": remind_cat,
    "reptile": page_exotics_vet,
    "bird": page_exotics_vet,
}


@workflow
async def main(pets: list[dict]):
    done = []
    for pet in pets:
        handler = HANDLERS.get(pet["species"])
        if handler is None:
            done.append({"pet": pet["id"], "skipped": label_for(pet)})
            continue
        done.append({"pet": pet["id"], "result": await handler(pet)})
    return {"reminded": done}
