from typing import TypedDict


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    password: str
    dbname: str


class c_my_api(TypedDict):
    token: str


def main(db: postgresql, api: c_my_api, dbs: list[postgresql] = []):
    return db
