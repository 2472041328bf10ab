# SDK: wmill 1.850.0 a @task wrapper called in the body returns an awaitable step; a plain function stored beside it runs in the body on every replay
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


def page_exotics_vet(pet: dict) -> str:
    # the exotics vet wants a direct page, no template
    r = httpx.post("https://pager.vetline.example/exotics", json={"pet": pet["id"]})
    r.raise_for_status()
    return "exotic"


REMINDERS = {
    "dog": remind_dog,
    "cat": remind_cat,
}

ESCALATIONS = {
    "reptile": page_exotics_vet,
    "bird": page_exotics_vet,
}


@workflow
async def main(pets: list[dict]):
    done = []
    for pet in pets:
        species = pet["species"]
        if species in REMINDERS:
            if pet.get("fast_track"):
                REMINDERS[species](pet)  # expect: WAC106
            else:
                done.append(await REMINDERS[species](pet))
        elif species in ESCALATIONS:
            done.append(ESCALATIONS[species](pet))  # expect: WAC101
    return {"reminded": done}
