import { BigQuery } from "@google-cloud/bigquery";

type GcpServiceAccount = { project_id: string; client_email: string; private_key: string };

export async function main(gcp: GcpServiceAccount, job_id: string) {
  const bq = new BigQuery({ projectId: gcp.project_id, credentials: gcp });
  const [metadata] = await bq.job(job_id).getMetadata();
  if (metadata.status.errorResult) throw new Error(metadata.status.errorResult.message);
  return { job_id, state: metadata.status.state as string };
}
