// SDK: windmill-client 1.818.0 client.mjs: a method that sends through the S3 client kept in a class field runs in the body when the body calls it.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

class ReportStore {
  private s3 = new S3Client({ region: "eu-west-1" });

  constructor(private bucket: string) {}

  async save(key: string, body: string) {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body }));
    return key;
  }
}

const render = task(async (month: string) => `report ${month}`);

export const main = workflow(async (month: string) => {
  const body = await render(month);
  return await new ReportStore("reports").save(`${month}.txt`, body); // expect: WAC101
});
