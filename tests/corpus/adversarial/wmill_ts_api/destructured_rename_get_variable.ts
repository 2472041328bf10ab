// SDK: windmill-client 1.818.0 client.mjs getVariable(): renamed while destructured off the namespace, it is still the API read.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const { getVariable: readVar } = wmill;

const call = task(async (token: string, id: string) => ({ id, authed: token.length > 0 }));

export const main = workflow(async (id: string) => {
  const token = await readVar("f/crm/token"); // expect: WAC101
  return await call(token, id);
});
