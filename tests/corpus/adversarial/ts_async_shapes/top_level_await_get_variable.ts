// SDK: windmill-client 1.818.0 client.mjs getVariable(): module code runs again in every replay's process, so a top-level awaited read repeats too.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const apiKey = await wmill.getVariable("f/geo/api_key"); // expect: WAC101

const geocode = task(async (address: string, key: string) => ({ address, keyLen: key.length }));

export const main = workflow(async (address: string) => {
  return await geocode(address, apiKey);
});
