// SDK: windmill-client 1.818.0 client.mjs getVariable(): kept as a member of a local object, calling it is still the API read.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const secrets = { read: wmill.getVariable };

const call = task(async (key: string, q: string) => ({ q, ok: key.length > 0 }));

export const main = workflow(async (q: string) => {
  const key = await secrets.read("f/search/key"); // expect: WAC101
  return await call(key, q);
});
