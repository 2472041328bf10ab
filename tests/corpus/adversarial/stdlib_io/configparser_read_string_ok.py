# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `ConfigParser.read_string` and `tomllib.loads` parse inputs, the same in every round.
import configparser
import tomllib

from wmill import task, workflow


@task()
async def sync(url: str, batch: int) -> bool:
    return True


@workflow
async def main(ini: str, toml: str, section: str = "prod"):
    cfg = configparser.ConfigParser()
    cfg.read_string(ini)
    settings = tomllib.loads(toml)
    return await sync(cfg.get(section, "url", fallback=""), int(settings.get("batch", 100)))
