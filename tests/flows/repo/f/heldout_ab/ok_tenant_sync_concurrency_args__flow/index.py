import requests
import wmill


def main(cluster: str, doc_ids: list):
    os_res = wmill.get_resource(f"f/search/{cluster}")
    lines = []
    for doc_id in doc_ids:
        lines.append('{"update": {"_index": "docs", "_id": "%s"}}' % doc_id)
        lines.append('{"doc": {"reindex": true}, "doc_as_upsert": true}')
    res = requests.post(
        f"{os_res['url']}/_bulk",
        data="\n".join(lines) + "\n",
        headers={"Content-Type": "application/x-ndjson"},
        auth=(os_res["user"], os_res["password"]),
        timeout=120,
    )
    return {"indexed": len(doc_ids), "errors": res.json().get("errors", False)}
