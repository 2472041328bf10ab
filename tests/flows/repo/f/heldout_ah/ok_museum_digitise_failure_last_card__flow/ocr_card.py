import wmill


def main(card: dict):
    ocr = wmill.get_resource("f/museum/ocr_api")
    import requests

    r = requests.post(ocr["url"], json={"image": card["image"]}, headers={"X-Key": ocr["key"]}, timeout=60)
    r.raise_for_status()
    return {"accession_no": card["accession_no"], "text": r.json()["text"]}
