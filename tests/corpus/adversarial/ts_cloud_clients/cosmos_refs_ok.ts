// SDK: windmill-client 1.818.0 client.mjs: database(id).container(id) are references (no request); the upsert runs in a task.
import { CosmosClient } from "@azure/cosmos";
import { task, workflow } from "windmill-client";

const cosmos = new CosmosClient(process.env.COSMOS ?? "");
const save = task(async (doc: { id: string; total: number }) => {
  await cosmos.database("shop").container("orders").items.upsert(doc);
  return { id: doc.id };
});

export const main = workflow(async (id: string, total: number) => {
  const container = cosmos.database("shop").container("orders");
  return { container: container.id, ...(await save({ id, total })) };
});
