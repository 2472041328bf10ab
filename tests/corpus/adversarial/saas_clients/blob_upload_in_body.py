# SDK: wmill 1.850.0 client.py: the body re-runs every round; azure-storage-blob `upload_blob` writes the blob each time.
from azure.storage.blob import BlobServiceClient

from wmill import task, workflow

service = BlobServiceClient.from_connection_string("DefaultEndpointsProtocol=https;AccountName=x")


@task()
async def render_invoice(invoice_id: str) -> str:
    return f"<html>{invoice_id}</html>"


@workflow
async def main(invoice_id: str):
    html = await render_invoice(invoice_id)
    service.get_blob_client("invoices", f"{invoice_id}.html").upload_blob(html, overwrite=True)  # expect: WAC101
    return invoice_id
