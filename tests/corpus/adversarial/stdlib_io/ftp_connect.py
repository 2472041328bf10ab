# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `ftplib.FTP_TLS(host)` connects when given a host, each round.
import ftplib

from wmill import task, workflow


@task()
async def build_feed(shop: str) -> str:
    return "sku,price\n1,9.99\n"


@task()
async def upload_feed(host: str, feed: str) -> bool:
    return True


@workflow
async def main(shop: str, host: str):
    feed = await build_feed(shop)
    ftp = ftplib.FTP_TLS(host, timeout=20)  # expect: WAC101
    ftp.quit()
    return await upload_feed(host, feed)
