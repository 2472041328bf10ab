# SDK: wmill 1.850.0 gspread.utils A1 helpers, cloudinary.utils.cloudinary_url (builds and signs the delivery URL locally) and notion_client.helpers.get_id (parses a page URL) are pure; the sheet update and the Notion write run in tasks
import gspread
import gspread.utils
import cloudinary.utils
from notion_client import Client as Notion
from notion_client.helpers import get_id
from wmill import get_resource, task, workflow

POSTER_SIZES = {"thumb": 200, "lobby": 1200, "web": 800}


@task()
async def write_sheet(sheet_key: str, a1_range: str, rows: list[list[str]]) -> int:
    gc = gspread.service_account_from_dict(get_resource("f/theatre/google_sa"))
    ws = gc.open_by_key(sheet_key).sheet1
    ws.update(range_name=a1_range, values=rows)
    return len(rows)


@task()
async def link_on_page(page_id: str, urls: dict[str, str]) -> str:
    notion = Notion(auth=get_resource("f/theatre/notion")["token"])
    children = [{"object": "block", "type": "bookmark", "bookmark": {"url": u}} for u in urls.values()]
    notion.blocks.children.append(block_id=page_id, children=children)
    return page_id


@workflow
async def main(sheet_key: str, posters: dict[str, str], notion_page_url: str):
    header = ["production", *sorted(POSTER_SIZES)]
    rows = [header]
    for production, public_id in sorted(posters.items()):
        urls = {size: cloudinary.utils.cloudinary_url(public_id, width=w, crop="fill", secure=True)[0] for size, w in sorted(POSTER_SIZES.items())}
        rows.append([production, *[urls[s] for s in sorted(POSTER_SIZES)]])
    last_cell = gspread.utils.rowcol_to_a1(len(rows), len(header))
    written = await write_sheet(sheet_key, f"A1:{last_cell}", rows)
    page_id = get_id(notion_page_url)
    lobby = {r[0]: r[1 + sorted(POSTER_SIZES).index("lobby")] for r in rows[1:]}
    await link_on_page(page_id, lobby)
    return {"rows": written, "range": f"A1:{last_cell}", "page": page_id}
