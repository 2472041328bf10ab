import { taskScript, workflow } from "windmill-client";

export const main = workflow(async (region: string, retries: number = 3) => {
  const rows = await taskScript("./extract.ts")({ region });
  return { rows, retries };
});
