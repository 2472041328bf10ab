from .clients import session


def post_json(url: str, body: dict) -> dict:
    return session.post(url, json=body).json()


def build_url(base: str, path: str) -> str:
    return f"{base.rstrip('/')}/{path.lstrip('/')}"


def main(url: str):
    return build_url(url, "x")
