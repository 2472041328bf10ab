// SDK: windmill-client 1.818.0 replays the body; ../common/lib.ts postJson calls fetch each replay.
import { task, workflow } from "windmill-client";
import { postJson } from "../common/lib.ts";

const record = task(async (id: string) => ({ id }));

export const main = workflow(async (invoiceId: string) => {
  await postJson("/audit", { invoiceId }); // expect: WAC101
  return await record(invoiceId);
});
