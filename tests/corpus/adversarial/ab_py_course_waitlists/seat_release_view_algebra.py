# SDK: wmill 1.850.0 _alloc_key keys offer_seat, offer_seat_2 ... by call order; dict views combined with - / | give a set of str
from wmill import task, workflow


@task()
async def open_sections(term: str) -> dict:
    # section code -> seats left
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

    offers = []
    for section in sections.keys() - held.keys():  # expect: WAC105
        if sections[section] > 0:
            offers.append(await offer_seat(term, section, sections[section]))

    touched = sections.keys() | held.keys()
    frozen = [await freeze_section(term, s) for s in touched if s in held]  # expect: WAC105
    return {"offers": offers, "frozen": len(frozen)}
