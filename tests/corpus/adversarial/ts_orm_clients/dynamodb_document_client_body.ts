// SDK: windmill-client 1.818.0 client.mjs: the body replays; DynamoDBDocumentClient.send(new PutCommand) writes the item each replay.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { task, workflow } from "windmill-client";

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({ region: "us-east-1" }));

const build = task(async (id: string) => ({ pk: `order#${id}`, status: "new" }));

export const main = workflow(async (id: string) => {
  const item = await build(id);
  await ddb.send(new PutCommand({ TableName: "orders", Item: item })); // expect: WAC101
  return item.pk;
});
