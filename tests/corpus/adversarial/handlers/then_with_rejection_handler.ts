// SDK: windmill-client 1.818.0 client.mjs: the second argument of `.then` is a rejection handler; it receives the StepSuspend and the body continues with its value.
import { task, workflow } from "windmill-client";

const lookupVat = task(async (vatId: string) => ({ vatId, valid: true }));

export const main = workflow(async (vatId: string) => {
  const check = await lookupVat(vatId).then( // expect: WAC202
    (r) => r,
    () => ({ vatId, valid: false }),
  );
  return check;
});
