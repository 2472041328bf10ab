// SDK: windmill-client 1.818.0 client.mjs: the body replays; on the "s3" case the `let` holds an S3 client whose send uploads on every replay.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

type Sink = { send: (c: PutObjectCommand) => Promise<unknown> };

const render = task(async (id: string) => `report ${id}`);

export const main = workflow(async (id: string, target: string) => {
  let sink: Sink;
  switch (target) {
    case "s3":
      sink = new S3Client({ region: "eu-west-1" });
      break;
    default:
      sink = { send: async () => null };
  }
  const body = await render(id);
  await sink.send(new PutObjectCommand({ Bucket: "reports", Key: `${id}.txt`, Body: body })); // expect: WAC101
  return body.length;
});
