from google.cloud import bigquery
from google.oauth2 import service_account


def main(gcp: dict, table: str, destination: str):
    creds = service_account.Credentials.from_service_account_info(gcp)
    client = bigquery.Client(credentials=creds, project=gcp["project_id"])
    job_config = bigquery.ExtractJobConfig(destination_format="PARQUET")
    job = client.extract_table(table, destination, job_config=job_config)
    return {"job_id": job.job_id, "location": job.location}
