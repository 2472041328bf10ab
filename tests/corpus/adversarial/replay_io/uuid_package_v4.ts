// SDK: windmill-client 1.818.0 client.mjs: uuid's v4() in the body mints a new id on each replay.
import { v4 as uuidv4 } from "uuid";
import { task, workflow } from "windmill-client";

const createTicket = task(async (ref: string, title: string) => ({ ref, title }));

export const main = workflow(async (title: string) => {
  const ref = uuidv4(); // expect: WAC102
  return await createTicket(ref, title);
});
