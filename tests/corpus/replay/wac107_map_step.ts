// Index users by id inside a step.
import { step, workflow } from "windmill-client";

export const main = workflow(async (ids: string[]) => {
  const index = await step("index", () => new Map(ids.map((id) => [id, id.length]))); // expect: WAC107
  return index;
});
