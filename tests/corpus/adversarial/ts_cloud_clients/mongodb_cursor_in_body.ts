// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; the cursor's toArray reads the collection again each round (its answer can change between rounds).
import { MongoClient } from "mongodb";
import { task, workflow } from "windmill-client";

const mongo = new MongoClient(process.env.MONGO_URL ?? "mongodb://localhost");
const remind = task(async (email: string) => ({ email, reminded: true }));

export const main = workflow(async (plan: string) => {
  const users = await mongo.db("app").collection("users").find({ plan }).toArray(); // expect: WAC101
  const out = [];
  for (const u of users) out.push(await remind(String(u.email)));
  return out;
});
