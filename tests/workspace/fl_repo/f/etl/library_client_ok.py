from wmill import step, workflow

from f.common.clients import fetch, s3


@workflow
async def main(bucket: str, url: str):
    page = await step("page", lambda: fetch(url).text)
    await step("store", lambda: s3.put_object(Bucket=bucket, Key="page", Body=page) and None)
    return bucket
