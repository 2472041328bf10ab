from google.oauth2 import service_account
from googleapiclient.discovery import build

SCOPES = ["https://www.googleapis.com/auth/admin.directory.user", "https://www.googleapis.com/auth/admin.datatransfer"]


def main(gworkspace: dict, email: str, transfer_to: str):
    creds = service_account.Credentials.from_service_account_info(gworkspace["service_account"], scopes=SCOPES).with_subject(gworkspace["admin_email"])
    directory = build("admin", "directory_v1", credentials=creds)
    directory.users().update(userKey=email, body={"suspended": True}).execute()
    transfer = build("admin", "datatransfer_v1", credentials=creds)
    src = directory.users().get(userKey=email).execute()["id"]
    dst = directory.users().get(userKey=transfer_to).execute()["id"]
    t = transfer.transfers().insert(
        body={"oldOwnerUserId": src, "newOwnerUserId": dst, "applicationDataTransfers": [{"applicationId": "55656082996"}]}
    ).execute()
    return {"suspended": email, "transfer_id": t["id"]}
