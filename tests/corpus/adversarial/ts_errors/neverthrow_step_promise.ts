// SDK: windmill-client 1.818.0 client.mjs: step() is async, so it returns a real Promise; neverthrow turns its StepSuspend rejection into an Err and the body returns the fallback on the first round.
import { ResultAsync } from "neverthrow";
import { step, workflow } from "windmill-client";

export const main = workflow(async (url: string) => {
  const r = await ResultAsync.fromPromise(step("probe", async () => (await fetch(url)).status), (e) => String(e)); // expect: WAC202
  return r.isOk() ? r.value : -1;
});
