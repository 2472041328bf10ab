// SDK: windmill-client 1.818.0 index.js `taskScript`: the one object argument becomes the step's `args`, sent as JSON; every field here is a string or a number, so `structuredClone` of it arrives unchanged
import { taskScript, workflow } from "windmill-client";

type Entry = { id: string; maker: string; widthCm: number; heightCm: number; receivedAt: string };

const conditionReport = taskScript("f/quilts/condition_report");

export const main = workflow(async (id: string, maker: string, widthCm: number, heightCm: number, receivedIso: string) => {
  const entry: Entry = { id, maker, widthCm, heightCm, receivedAt: new Date(receivedIso).toISOString() };
  const report = await conditionReport({ entry: structuredClone(entry) });
  return { id, report };
});
