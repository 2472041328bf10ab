from f.shared.tasks import enrich_company
from wmill import workflow


@workflow
async def main(domain: str):
    company = await enrich_company(domain)
    return {"domain": domain, "name": company.get("name")}
