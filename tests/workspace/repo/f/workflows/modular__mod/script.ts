import { taskScript, workflow } from "windmill-client";
import { double } from "./utils/math.ts";

const extract = taskScript("./extract.ts");

export const main = workflow(async (source: string) => {
  const rows = await extract({ source });
  return double(rows.length);
});
