// SDK: windmill-client 1.818.0 client.mjs: the body replays; `report` is a `var` assigned a fetching arrow before the body runs.
import { task, workflow } from "windmill-client";

const tally = task(async (votes: number[]) => votes.reduce((a, b) => a + b, 0));

export const main = workflow(async (votes: number[]) => {
  const total = await tally(votes);
  await report(total); // expect: WAC101
  return total;
});

var report = async (total: number) => {
  await fetch("https://stats.example.com/tally", { method: "POST", body: String(total) });
};
