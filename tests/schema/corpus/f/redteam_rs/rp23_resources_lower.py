from typing import TypedDict, Optional

postgresql = dict


class slack(TypedDict):
    token: str


class gcp_service_account(TypedDict):
    project_id: str
    private_key: str


class MyResource(TypedDict):
    x: int


def main(
    db: postgresql,
    s: slack,
    gcp: gcp_service_account,
    maybe_db: Optional[postgresql] = None,
    mine: MyResource = None,
    dbs: list[postgresql] = [],
    c_postgresql: dict = {},
):
    return db
