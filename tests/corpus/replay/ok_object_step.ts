// Index users by id inside a step, as a plain object.
import { step, workflow } from "windmill-client";

export const main = workflow(async (ids: string[]) => {
  const index = await step("index", () => Object.fromEntries(ids.map((id) => [id, id.length])));
  return index;
});
