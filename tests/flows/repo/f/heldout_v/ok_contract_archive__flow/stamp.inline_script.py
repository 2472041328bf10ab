import base64
import io
from datetime import datetime

from pypdf import PdfReader, PdfWriter


def main(pdf: bytes, archived_at: datetime, label: str):
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.add_metadata({"/Subject": label, "/ArchivedAt": archived_at.isoformat()})
    out = io.BytesIO()
    writer.write(out)
    return base64.b64encode(out.getvalue()).decode()
