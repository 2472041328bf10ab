// SDK: windmill-client 1.818.0 index.js `taskScript`: the one object argument becomes the step's `args`, sent as JSON to the other script's job; `structuredClone` keeps `receivedAt` a `Date`, which arrives there as an ISO string, and `f/quilts/condition_report` calls `.getTime()` on it
import { taskScript, workflow } from "windmill-client";

type Entry = { id: string; maker: string; widthCm: number; heightCm: number; receivedAt: Date };

const conditionReport = taskScript("f/quilts/condition_report");

export const main = workflow(async (id: string, maker: string, widthCm: number, heightCm: number, receivedIso: string) => {
  const entry: Entry = { id, maker, widthCm, heightCm, receivedAt: new Date(receivedIso) };
  const report = await conditionReport({ entry: structuredClone(entry) }); // expect: WAC107
  return { id, report };
});
