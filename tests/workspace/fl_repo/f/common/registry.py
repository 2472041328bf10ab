from f.common.http_util import get_json, slugify

HANDLERS = {"fetch": get_json, "slug": slugify}


def main():
    return sorted(HANDLERS)
