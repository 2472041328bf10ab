import f.common.http_util
from wmill import workflow

from f.common.wrappers import get_doc, stamp


@workflow
async def main(url: str):
    at = stamp()  # expect: WAC102
    doc = get_doc(url)  # expect: WAC101
    other = f.common.http_util.Api.fetch("/status")  # expect: WAC101
    return {"at": at, "doc": doc, "other": other}
