// SDK: windmill-client 1.818.0 client.mjs: DynamoDBDocumentClient.from() wraps a client without I/O; the put runs in a task.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { task, workflow } from "windmill-client";

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({ region: "us-east-1" }));

const build = task(async (id: string) => ({ pk: `order#${id}`, status: "new" }));
const put = task(async (item: { pk: string; status: string }) => {
  await ddb.send(new PutCommand({ TableName: "orders", Item: item }));
  return item.pk;
});

export const main = workflow(async (id: string) => {
  const item = await build(id);
  return await put(item);
});
