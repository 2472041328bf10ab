"""Settings the dispatch workflows share."""

import os
from functools import cached_property

from f.common.http import get_json


class Settings:
    def __init__(self, base_url: str):
        self.base_url = base_url

    @cached_property
    def region_map(self) -> dict[str, str]:
        return get_json(f"{self.base_url}/regions")

    @property
    def sms_sender(self) -> str:
        return "FieldOps"


SETTINGS = Settings("https://config.fieldops.example/v1")


def env_region() -> str:
    return os.environ.get("DISPATCH_REGION", "eu-west")
