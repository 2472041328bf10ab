// SDK: windmill-client 1.818.0 step() runs its callback once and checkpoints the value; /f/common/lib.ts postJson runs inside it.
import { step, workflow } from "windmill-client";
import { postJson } from "/f/common/lib.ts";

export const main = workflow(async (invoiceId: string) => {
  const audit = await step("audit", () => postJson("/audit", { invoiceId }));
  return { audit };
});
