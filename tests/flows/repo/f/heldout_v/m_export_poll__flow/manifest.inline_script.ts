import { Storage } from "@google-cloud/storage";

type GcpServiceAccount = { project_id: string; client_email: string; private_key: string };

export async function main(gcp: GcpServiceAccount, bucket: string, table: string) {
  const storage = new Storage({ projectId: gcp.project_id, credentials: gcp });
  const [files] = await storage.bucket(bucket).getFiles({ prefix: `exports/${table}/` });
  return { files: files.map((f) => f.name), count: files.length };
}
