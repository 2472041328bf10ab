// SDK: windmill-client 1.818.0 client.mjs: `sleep(seconds)` suspends for `Math.round(seconds)` seconds; `5 * 60 * 1000` (setTimeout's milliseconds) waits 300000 s, about 3.5 days, instead of five minutes.
import { sleep, task, workflow } from "windmill-client";

const checkDns = task(async (domain: string) => ({ domain, propagated: false }));

export const main = workflow(async (domain: string) => {
  let state = await checkDns(domain);
  for (let i = 0; i < 6 && !state.propagated; i++) {
    await sleep(5 * 60 * 1000); // expect: WAC301
    state = await checkDns(domain);
  }
  return state;
});
