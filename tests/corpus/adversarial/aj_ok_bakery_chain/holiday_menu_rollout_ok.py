# SDK: wmill 1.850.0: `finally` without tasks only logs; except Exception re-raises; step callbacks are named defs
import logging
import string
import textwrap
from datetime import date
from pathlib import PurePosixPath

from wmill import step, task, workflow

logger = logging.getLogger(__name__)

ANNOUNCEMENT = string.Template(
    textwrap.dedent(
        """\
        $shop: our $season menu starts on $start.
        New: $items
        """
    )
)


@task()
async def upload_menu(shop: str, key: str, body: str) -> str:
    import boto3

    boto3.client("s3").put_object(Bucket="bakery-menus", Key=key, Body=body.encode())
    return key


@task()
async def post_announcement(shop: str, text: str) -> None:
    import requests

    requests.post(f"https://signage.example-bakery.com/{shop}/messages", json={"text": text}, timeout=15).raise_for_status()


def menu_key(season: str, shop: str, start: date) -> str:
    return str(PurePosixPath("menus") / season / shop / f"{start:%Y-%m-%d}.json")


@workflow
async def main(season: str, start: str, shops: list[str], items: list[str]):
    start_day = date.fromisoformat(start)

    def today_iso() -> str:
        return date.today().isoformat()

    rolled_out_on = await step("rolled_out_on", today_iso)
    done: list[str] = []
    try:
        for shop in shops:
            key = await upload_menu(shop, menu_key(season, shop, start_day), ",".join(items))
            text = ANNOUNCEMENT.substitute(shop=shop, season=season, start=f"{start_day:%d %B}", items=", ".join(items))
            await post_announcement(shop, text)
            done.append(key)
    except Exception:
        logger.exception("rollout stopped after %d shops", len(done))
        raise
    finally:
        logger.info("rollout of %s: %d/%d shops", season, len(done), len(shops))
    return {"keys": done, "rolled_out_on": rolled_out_on}
