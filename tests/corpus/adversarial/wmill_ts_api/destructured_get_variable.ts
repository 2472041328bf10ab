// SDK: windmill-client 1.818.0 client.mjs getVariable(): a VariableService read; destructured off the namespace it is the same function.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const { getVariable } = wmill;

const call = task(async (key: string, q: string) => ({ q, authed: key.length > 0 }));

export const main = workflow(async (q: string) => {
  const key = await getVariable("f/search/api_key"); // expect: WAC101
  return await call(key, q);
});
