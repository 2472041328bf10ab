# SDK: wmill 1.850.0: the XML is built from inputs in the body (pure) and posted in a task; datetime.strptime of an input is deterministic; bytes are decoded before they cross a task
import json
import xml.etree.ElementTree as ET
from datetime import datetime

from wmill import step, task, workflow

DEPOSITOR = {"name": "Example Press Production", "email": "doi@example-press.org"}
PREFIX = "10.55555"


def doi_for(journal: str, volume: int, article_no: int) -> str:
    return f"{PREFIX}/{journal}.{volume}.{article_no:05d}"


def build_deposit(meta: dict, doi: str, batch_id: str) -> str:
    root = ET.Element("doi_batch", version="5.3.1")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "doi_batch_id").text = batch_id
    dep = ET.SubElement(head, "depositor")
    ET.SubElement(dep, "depositor_name").text = DEPOSITOR["name"]
    ET.SubElement(dep, "email_address").text = DEPOSITOR["email"]
    art = ET.SubElement(ET.SubElement(root, "body"), "journal_article")
    ET.SubElement(art, "title").text = meta["title"]
    pub = datetime.strptime(meta["published"], "%Y-%m-%d")
    date_el = ET.SubElement(art, "publication_date")
    for part, value in (("year", pub.year), ("month", pub.month), ("day", pub.day)):
        ET.SubElement(date_el, part).text = str(value)
    ET.SubElement(ET.SubElement(art, "doi_data"), "doi").text = doi
    return ET.tostring(root, encoding="unicode")


@task(timeout=300)
async def deposit(xml: str, doi: str) -> dict:
    import requests

    r = requests.post(
        "https://api.registry.example.org/deposits",
        files={"fname": (f"{doi.replace('/', '_')}.xml", xml.encode("utf-8"), "application/xml")},
        timeout=60,
    )
    r.raise_for_status()
    return {"status": r.status_code, "body": r.content.decode("utf-8", "replace")[:2000]}


@task()
async def update_article(article_id: str, doi: str) -> None:
    import requests

    requests.patch(f"https://cms.example-press.org/api/articles/{article_id}", json={"doi": doi}, timeout=20).raise_for_status()


@workflow
async def main(article_id: str, journal: str, volume: int, article_no: int, meta: dict):
    doi = doi_for(journal, volume, article_no)
    batch_id = await step("batch_id", lambda: f"{journal}-{volume}-{article_no}-" + datetime.utcnow().strftime("%Y%m%d%H%M%S"))
    xml = build_deposit(meta, doi, batch_id)
    result = await deposit(xml, doi)
    await update_article(article_id, doi)
    return {"doi": doi, "batch": batch_id, "deposit": json.loads(json.dumps(result, sort_keys=True))}
