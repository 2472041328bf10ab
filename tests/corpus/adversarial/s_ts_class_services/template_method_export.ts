// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed each round), task(); @aws-sdk/client-s3 send(ListObjectsV2Command) is a network call
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

abstract class Exporter {
  abstract readonly name: string;
  protected abstract listKeys(prefix: string): Promise<string[]>;

  plan(prefix: string, batchSize: number) {
    return { exporter: this.name, prefix, batchSize };
  }

  async preview(prefix: string): Promise<string[]> {
    const keys = await this.listKeys(prefix);
    return keys.slice(0, 10);
  }
}

class S3Exporter extends Exporter {
  readonly name = "s3";
  private readonly s3 = new S3Client({ region: "eu-west-1" });

  constructor(private readonly bucket: string) {
    super();
  }

  protected async listKeys(prefix: string): Promise<string[]> {
    const out = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix }));
    return (out.Contents ?? []).map((o) => o.Key ?? "");
  }
}

const exportBatch = task(async (bucket: string, prefix: string, batchSize: number) => {
  const res = await fetch("https://exports.internal/jobs", {
    method: "POST",
    body: JSON.stringify({ bucket, prefix, batchSize }),
  });
  return ((await res.json()) as { jobId: string }).jobId;
});

export const main = workflow(async (bucket: string, prefix: string, batch_size = 500) => {
  const exporter: Exporter = new S3Exporter(bucket);
  const plan = exporter.plan(prefix, batch_size);
  const sample = await exporter.preview(prefix); // expect: WAC101
  if (sample.length === 0) return { ...plan, skipped: true };
  const jobId = await exportBatch(bucket, prefix, batch_size);
  return { ...plan, jobId, sample };
});
