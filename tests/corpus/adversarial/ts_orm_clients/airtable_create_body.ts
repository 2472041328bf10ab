// SDK: windmill-client 1.818.0 client.mjs: the body replays; an Airtable create adds a record on every replay.
import Airtable from "airtable";
import { task, workflow } from "windmill-client";

const base = new Airtable({ apiKey: "key" }).base("app123");

const shape = task(async (name: string) => ({ Name: name, Status: "Todo" }));

export const main = workflow(async (name: string) => {
  const fields = await shape(name);
  await base("Tasks").create([{ fields }]); // expect: WAC101
  return fields;
});
