// SDK: windmill-client 1.818.0 client.mjs: each round runs the script from the top; the connect() statement opens a connection at load every round.
import { MongoClient } from "mongodb";
import { task, workflow } from "windmill-client";

const mongo = new MongoClient(process.env.MONGO_URL ?? "mongodb://localhost");
mongo.connect(); // expect: WAC101
const save = task(async (doc: { id: string }) => {
  await mongo.db("app").collection("events").insertOne(doc);
  return doc;
});

export const main = workflow(async (id: string) => {
  return await save({ id });
});
