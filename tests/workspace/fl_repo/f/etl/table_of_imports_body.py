from wmill import workflow

from f.common.registry import HANDLERS


@workflow
async def main(url: str):
    slug = HANDLERS["slug"](url)
    doc = HANDLERS["fetch"](url)  # expect: WAC101
    return {"slug": slug, "doc": doc}
