import xml.etree.ElementTree as ET

NS = {"c": "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"}


def main(xml_text: str, account_id: str) -> list[dict]:
    root = ET.fromstring(xml_text)
    out = []
    for ntry in root.iterfind(".//c:Ntry", NS):
        amt = ntry.find("c:Amt", NS)
        sign = -1 if ntry.findtext("c:CdtDbtInd", namespaces=NS) == "DBIT" else 1
        out.append(
            {
                "account_id": account_id,
                "amount_minor": sign * int(round(float(amt.text) * 100)),
                "currency": amt.get("Ccy"),
                "booked": ntry.findtext("c:BookgDt/c:Dt", namespaces=NS),
                "ref": ntry.findtext(".//c:EndToEndId", namespaces=NS),
            }
        )
    return out
