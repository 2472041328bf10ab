from wmill import workflow

from f.common.clients import fetch, s3, session


@workflow
async def main(bucket: str, url: str):
    page = fetch(url)  # expect: WAC101
    session.post(url, json={"seen": True})  # expect: WAC101
    s3.put_object(Bucket=bucket, Key="page", Body=page.text)  # expect: WAC101
    return bucket
