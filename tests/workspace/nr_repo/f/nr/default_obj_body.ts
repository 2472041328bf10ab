import { task, workflow } from "windmill-client";
import api from "/f/lib/default_obj.ts";

const total = task(async (amounts: number[]) => amounts.reduce((a, b) => a + b, 0));

export const main = workflow(async (url: string, amounts: number[]) => {
  const sum = await total(amounts);
  await api.send(url, { sum: api.fmt(sum) }); // expect: WAC101
  const id = api.stamp(); // expect: WAC102
  return { sum, id };
});
