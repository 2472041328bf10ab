from typing import TypedDict

class Config(TypedDict):
    url: str
    retries: int

def main(config: Config, configs: list[Config]):
    pass
