import wmill
import requests
from typing import TypedDict


class hubspot(TypedDict):
    token: str


BASE = "https://api.hubapi.com"


def _headers(res: hubspot) -> dict:
    return {"Authorization": f"Bearer {res['token']}"}


def main(
    hubspot_resource: hubspot,
    email: str,
    firstname: str = "",
    lastname: str = "",
    properties: dict = {},
    archived: bool = False,
    limit: int = 100,
):
    """Create a contact.

    :param email: the contact email
    """
    r = requests.post(f"{BASE}/crm/v3/objects/contacts", headers=_headers(hubspot_resource), json={})
    return r.json()
