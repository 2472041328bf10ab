from wmill import workflow

from f.lib.sessions import pages


@workflow
async def main(url: str):
    rows = []
    for page in pages(url, 3):  # expect: WAC101
        rows.extend(page)
    return rows
