// SDK: windmill-client 1.818.0 client.mjs: the body replays; on one branch `run` is a plain arrow that fetches in the body.
import { task, workflow } from "windmill-client";

const quick = task(async (n: number) => n + 1);

export const main = workflow(async (n: number, remote: boolean) => {
  let run = quick;
  if (remote) {
    run = async (m: number) => Number(await (await fetch(`https://calc.example.com/${m}`)).text());
  }
  return await run(n); // expect: WAC101
});
