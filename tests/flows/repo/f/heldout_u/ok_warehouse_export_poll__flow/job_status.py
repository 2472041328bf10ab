from google.cloud import bigquery
from google.oauth2 import service_account


def main(gcp: dict, job_id: str, attempt: int = 0):
    creds = service_account.Credentials.from_service_account_info(gcp)
    client = bigquery.Client(credentials=creds, project=gcp["project_id"])
    job = client.get_job(job_id)
    files = 0
    if job.state == "DONE" and not job.error_result:
        files = sum(job.destination_uri_file_counts or [0])
    return {
        "state": job.state,
        "error": (job.error_result or {}).get("message"),
        "files": files,
        "attempt": attempt,
    }
