from f.common.clients import session


def get_page(url: str) -> str:
    return session.get(url).text


def main(url: str):
    return url
