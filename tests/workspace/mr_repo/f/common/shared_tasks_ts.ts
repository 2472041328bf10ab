import { taskScript } from "windmill-client";

// Made here once, called from several workflows.
export const load = taskScript("f/mr/targets/load_rows");

export async function main() {
  return "f/mr/targets/load_rows";
}
