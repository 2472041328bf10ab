"""Render a lease PDF from a template (the rent was added to the form in March)."""

import requests


def main(lease_id: str, template: str = "standard", rent_cents: int = 0):  # expect: WAC901
    resp = requests.post(
        "https://docs.internal/render",
        json={"lease": lease_id, "template": template, "rent_cents": rent_cents},
        timeout=120,
    )
    resp.raise_for_status()
    return {"pdf_url": resp.json()["url"]}
