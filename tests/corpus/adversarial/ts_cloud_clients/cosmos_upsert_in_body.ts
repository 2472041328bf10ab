// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; the upsert in the body is sent again each round.
import { CosmosClient } from "@azure/cosmos";
import { task, workflow } from "windmill-client";

const cosmos = new CosmosClient(process.env.COSMOS ?? "");
const price = task(async (id: string) => ({ id, total: 42 }));

export const main = workflow(async (id: string) => {
  const doc = await price(id);
  await cosmos.database("shop").container("orders").items.upsert(doc); // expect: WAC101
  return doc;
});
