import { task, workflow } from "windmill-client";
import { joinUrl, send } from "/f/common/index.ts";

const total = task(async (amounts: number[]) => amounts.reduce((a, b) => a + b, 0));

export const main = workflow(async (base: string, amounts: number[]) => {
  const sum = await total(amounts);
  const url = joinUrl(base, "totals");
  await send(url, { sum }); // expect: WAC101
  return sum;
});
