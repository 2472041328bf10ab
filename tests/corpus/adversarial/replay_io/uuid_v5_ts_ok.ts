// SDK: windmill-client 1.818.0 client.mjs: uuid v5 of a namespace and an input is a pure function, the same on every replay.
import { v5 as uuidv5 } from "uuid";
import { task, workflow } from "windmill-client";

const NAMESPACE = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
const createTicket = task(async (ref: string, title: string) => ({ ref, title }));

export const main = workflow(async (title: string) => {
  const ref = uuidv5(title, NAMESPACE);
  return await createTicket(ref, title);
});
