// SDK: windmill-client 1.818.0 client.mjs: DynamoDBDocumentClient.from wraps a client object (no request); built in the body, it is only used inside the step that sends the command.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { step, task, workflow } from "windmill-client";

const base = new DynamoDBClient({ region: "eu-west-1" });

const notify = task(async (userId: string, plan: string) => ({ userId, plan }));

export const main = workflow(async (table: string, userId: string) => {
  const doc = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
  const user = await step("load_user", async () => {
    const out = await doc.send(new GetCommand({ TableName: table, Key: { id: userId } }));
    return (out.Item ?? { plan: "free" }) as { plan: string };
  });
  return await notify(userId, user.plan);
});
