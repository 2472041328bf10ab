import wmill
from typing import TypedDict


class gcp_service_account(TypedDict):
    project_id: str
    private_key: str


def main(sa: gcp_service_account, secret_path: str = "u/admin/secret", variable: str = wmill.get_variable("f/x") if False else "v"):
    return sa
