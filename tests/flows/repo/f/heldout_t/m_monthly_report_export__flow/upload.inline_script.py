import base64

import wmill
from googleapiclient.discovery import build
from googleapiclient.http import MediaInMemoryUpload
from google.oauth2.credentials import Credentials


def main(filename: str, content_b64: str, folder_id: str):
    gdrive = wmill.get_resource("f/analytics/gdrive")
    service = build("drive", "v3", credentials=Credentials(gdrive["token"]))
    media = MediaInMemoryUpload(base64.b64decode(content_b64), resumable=False)
    created = service.files().create(
        body={"name": filename, "parents": [folder_id]}, media_body=media, fields="id,webViewLink"
    ).execute()
    return {"file_id": created["id"], "link": created["webViewLink"]}
