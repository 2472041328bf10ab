MATERIALS = {"quarter_leather": 38.0, "full_cloth": 22.0, "limp_vellum": 55.0}
HOURS = {"spine": 3.0, "boards": 2.0, "pages": 0.02, "sewing": 4.0}


def main(requests: list, hourly_rate: float = 42.5):
    quotes = []
    for req in requests:
        hours = sum(HOURS[d] for d in req["damage"] if d != "pages")
        if "pages" in req["damage"]:
            hours += HOURS["pages"] * req["page_count"]
        material = MATERIALS.get(req["binding"], 30.0)
        quotes.append({"request_id": req["id"], "amount": round(material + hours * hourly_rate, 2)})
    return quotes
