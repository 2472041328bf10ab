// SDK: windmill-client 1.818.0 client.mjs: @aws-sdk/util-dynamodb's marshall / unmarshall convert between plain objects and DynamoDB attribute maps in memory; the requests are in the tasks.
import { DynamoDBClient, PutItemCommand, ScanCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { task, workflow } from "windmill-client";

const ddb = new DynamoDBClient({ region: "eu-west-1" });

const scanTable = task(async (table: string) => {
  const out = await ddb.send(new ScanCommand({ TableName: table, Limit: 100 }));
  return out.Items ?? [];
});

const putItem = task(async (table: string, item: Record<string, unknown>) => {
  await ddb.send(new PutItemCommand({ TableName: table, Item: item as never }));
  return { ok: true };
});

export const main = workflow(async (source: string, target: string) => {
  const raw = await scanTable(source);
  const rows = raw.map((i) => unmarshall(i) as { id: string; status: string; total: number });
  const active = rows.filter((r) => r.status === "active");
  for (const r of active) await putItem(target, marshall({ ...r, migrated: true }));
  return { scanned: rows.length, copied: active.length };
});
