// SDK: windmill-client 1.818.0 replays the body; lib.postJson (../common/lib, no extension) calls fetch.
import { task, workflow } from "windmill-client";
import * as lib from "../common/lib";

const done = task(async (id: string) => id);

export const main = workflow(async (invoiceId: string) => {
  await lib.postJson("/invoices/sent", { invoiceId }); // expect: WAC101
  return await done(invoiceId);
});
