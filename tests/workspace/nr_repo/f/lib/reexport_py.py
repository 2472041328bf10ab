from f.lib.singletons import pusher as default_pusher
from f.lib.transport import post as http_post

__all__ = ["default_pusher", "http_post"]


def main():
    return default_pusher.preview({})
