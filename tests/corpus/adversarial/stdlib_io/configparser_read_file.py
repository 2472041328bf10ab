# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `ConfigParser.read(path)` reads the worker's file system each round (and silently yields nothing on a worker without the file).
import configparser

from wmill import task, workflow


@task()
async def sync(section: str, url: str) -> bool:
    return True


@workflow
async def main(section: str):
    cfg = configparser.ConfigParser()
    cfg.read("/etc/sync/targets.ini")  # expect: WAC101
    return await sync(section, cfg.get(section, "url", fallback=""))
