from wmill import workflow

from f.lib.bound import preview, push


@workflow
async def main(kind: str):
    text = preview({"kind": kind})
    push({"kind": kind, "text": text})  # expect: WAC101
    return text
