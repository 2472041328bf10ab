import requests
import xml.etree.ElementTree as ET

NS = {"c": "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"}


def main(bank_api: dict, iban: str, day: str):
    r = requests.get(
        f"{bank_api['url']}/accounts/{iban}/statements/{day}",
        headers={"Authorization": f"Bearer {bank_api['token']}", "Accept": "application/xml"},
        timeout=60,
    )
    r.raise_for_status()
    root = ET.fromstring(r.content)
    txs = []
    for entry in root.iterfind(".//c:Ntry", NS):
        amt = entry.find("c:Amt", NS)
        sign = -1 if entry.findtext("c:CdtDbtInd", namespaces=NS) == "DBIT" else 1
        txs.append({
            "amount_cents": sign * round(float(amt.text) * 100),
            "reference": entry.findtext(".//c:RmtInf/c:Ustrd", default="", namespaces=NS),
        })
    return {"iban": iban, "transactions": txs}
