// SDK: windmill-client 1.818.0 client.mjs: the same store used only inside a task body, which runs once.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

class ReportStore {
  private s3 = new S3Client({ region: "eu-west-1" });

  constructor(private bucket: string) {}

  async save(key: string, body: string) {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body }));
    return key;
  }

  keyFor(month: string) {
    return `${this.bucket}/${month}.txt`;
  }
}

const store = new ReportStore("reports");
const render = task(async (month: string) => `report ${month}`);
const save = task(async (key: string, body: string) => await store.save(key, body));

export const main = workflow(async (month: string) => {
  const body = await render(month);
  return await save(store.keyFor(month), body);
});
