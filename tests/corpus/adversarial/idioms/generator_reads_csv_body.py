# SDK: wmill 1.850.0 client.py: the body re-runs on replay; iterating `read_rows(path)` opens and reads the file in the body each round (the generator's code runs where it is iterated).
import csv
from collections.abc import Iterator

from wmill import task, workflow


def read_rows(path: str) -> Iterator[dict]:
    with open(path, newline="") as fh:
        yield from csv.DictReader(fh)


@task()
async def upsert_contact(row: dict) -> str:
    return row["email"]


@workflow
async def main(path: str = "/data/contacts.csv"):
    done = []
    for row in read_rows(path):  # expect: WAC101
        done.append(await upsert_contact(row))
    return done
