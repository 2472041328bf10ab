import io

import pytesseract
import wmill
from pdf2image import convert_from_bytes


def main(pdf: dict, lang: str = "eng"):
    data = wmill.load_s3_file(pdf)
    pages = convert_from_bytes(data)
    text = "\n".join(pytesseract.image_to_string(p, lang=lang) for p in pages)
    return {"text": text, "pages": len(pages), "bytes": len(io.BytesIO(data).getvalue())}
