import os


def api_key() -> str:
    return os.environ["DOCUSIGN_API_KEY"]


def account_id() -> str:
    return os.environ.get("DOCUSIGN_ACCOUNT", "harbor-lane")
