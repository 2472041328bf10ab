import { BigQuery } from "@google-cloud/bigquery";

type GcpServiceAccount = { project_id: string; client_email: string; private_key: string };

export async function main(gcp: GcpServiceAccount, table: string, destination: string) {
  const bq = new BigQuery({ projectId: gcp.project_id, credentials: gcp });
  const [dataset, name] = table.split(".");
  const [job] = await bq.dataset(dataset).table(name).createExtractJob(destination, { format: "AVRO" });
  return { job_ids: [job.id as string], destination };
}
