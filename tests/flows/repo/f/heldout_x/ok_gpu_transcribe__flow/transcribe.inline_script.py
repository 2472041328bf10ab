import tempfile

import boto3
import whisper


def main(s3: dict, key: str, team: str):
    client = boto3.client(
        "s3",
        endpoint_url=s3.get("endPoint"),
        aws_access_key_id=s3["accessKey"],
        aws_secret_access_key=s3["secretKey"],
    )
    with tempfile.NamedTemporaryFile(suffix=".wav") as f:
        client.download_fileobj(s3["bucket"], key, f)
        model = whisper.load_model("medium")
        text = model.transcribe(f.name)["text"]
    client.put_object(Bucket=s3["bucket"], Key=key.replace(".wav", ".txt"), Body=text.encode())
    return {"key": key, "chars": len(text), "team": team}
