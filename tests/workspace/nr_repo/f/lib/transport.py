import functools

import requests

post = requests.post
send_json = functools.partial(requests.post, timeout=10)


def main(url: str):
    return post(url).status_code
