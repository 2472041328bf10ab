import { task, workflow } from "windmill-client";

type Input = {
  /** the tenant */
  tenant: string;
  limits?: { cpu: number; mem: number }[];
  mode: "a" | "b";
  when?: Date;
  tags: string[];
};

const t = task(async (x: string) => x);

export default workflow(async function reindex(input: Input, dryRun = false, tries: number = 3.0, label: string = 'single', x = null, z = {}, w = [], v = [1, "a", true, null, { k: [] }]) {
  return await t(input.tenant);
});
