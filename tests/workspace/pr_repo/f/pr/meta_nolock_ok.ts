import { task, workflow } from "windmill-client";

const upper = task(async (text: string) => text.toUpperCase());

export const main = workflow(async (text: string, times: number = 1) => {
  return await upper(text.repeat(times));
});
