# SDK: wmill 1.850.0 client.py: the body re-runs every round; `Elasticsearch.index` writes the document each round.
from elasticsearch import Elasticsearch

from wmill import task, workflow

es = Elasticsearch("http://search:9200")


@task()
async def classify(ticket_id: str, text: str) -> str:
    return "billing" if "invoice" in text else "other"


@workflow
async def main(ticket_id: str, text: str):
    label = await classify(ticket_id, text)
    es.index(index="tickets", id=ticket_id, document={"label": label})  # expect: WAC101
    return label
