# SDK: wmill 1.850.0 keys follow call order; task dicts keep JSON key order and sorted() fixes the order of a set
from wmill import task, workflow


@task()
async def open_sections(term: str) -> dict:
    return {"CS101-A": 3, "CS101-B": 0, "MATH221-C": 1, "BIO150-A": 2}


@task()
async def sections_on_hold(term: str) -> dict:
    return {"CS101-B": "room change", "HIST300-A": "instructor leave"}


@task()
async def offer_seat(term: str, section: str, seats: int) -> dict:
    return {"section": section, "offered": seats}


@task()
async def freeze_section(term: str, section: str) -> None:
    return None


@workflow
async def main(term: str = "2027-spring"):
    sections = await open_sections(term)
    held = await sections_on_hold(term)
    held_codes = set(held)

    offers = []
    for section, seats in sections.items():
        if section in held_codes or seats <= 0:
            continue
        offers.append(await offer_seat(term, section, seats))

    for section in sorted(sections.keys() | held.keys()):
        if section in held:
            await freeze_section(term, section)

    overlap = len(sections.keys() & held.keys())
    return {"offers": offers, "overlap": overlap}
