# SDK: append_to_result_stream only print()s a WM_STREAM line; parse_resource_syntax / parse_variable_syntax / parse_s3_object are pure string parsing
import wmill
from wmill import parse_resource_syntax, parse_s3_object, task, workflow


@task(timeout=600)
async def summarize_chunk(s3_key: str, chunk: int) -> str:
    import boto3

    body = boto3.client("s3").get_object(Bucket="transcripts", Key=s3_key)["Body"].read().decode()
    part = body.split("\n\n")[chunk] if chunk < body.count("\n\n") + 1 else ""
    return part[:200]


@workflow
async def main(transcript: str = "s3:///calls/2026-12-01/acme.txt", db: str = "$res:f/crm/postgres", chunks: int = 3):
    target = parse_s3_object(transcript)
    resource_path = parse_resource_syntax(db) or "f/crm/postgres"
    wmill.append_to_result_stream(f"summarizing {target['s3']} into {resource_path}\n")

    summaries = []
    for i in range(chunks):
        summary = await summarize_chunk(s3_key=target["s3"], chunk=i)
        wmill.append_to_result_stream(f"chunk {i + 1}/{chunks}: {summary[:60]}\n")
        summaries.append(summary)
    return {"summary": "\n".join(summaries), "resource": resource_path}
