from f.shared.tasks import enrich_company, ping_company
from wmill import workflow


@workflow
async def main(domain: str):
    company = await enrich_company(domain)
    reachable = ping_company(domain) < 400  # expect: WAC101
    return {"domain": domain, "name": company.get("name"), "reachable": reachable}
