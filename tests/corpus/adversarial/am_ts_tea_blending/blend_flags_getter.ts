// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; `getVariable` is an API call (`VariableService.getVariable`), and the class's getter makes it each time the body reads `flags.reblend`
import { getVariable, task, workflow } from "windmill-client";

class BlendFlags {
  #prefix: string;

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  #read(name: string): Promise<boolean> {
    return getVariable(`${this.#prefix}/${name}`).then((v) => v === "on");
  }

  get reblend(): Promise<boolean> {
    return this.#read("reblend_enabled");
  }
}

const flags = new BlendFlags("f/tea/flags");

const reblend = task(async function reblend(blendId: string) {
  const r = await fetch(`https://plan.leafhouse.example/api/blends/${blendId}/reblend`, { method: "POST" });
  return (await r.json()) as { newBlendId: string };
});

const retire = task(async function retire(blendId: string) {
  await fetch(`https://plan.leafhouse.example/api/blends/${blendId}`, { method: "DELETE" });
  return blendId;
});

export const main = workflow(async (blendId: string) => {
  if (await flags.reblend) { // expect: WAC101
    return await reblend(blendId);
  }
  return { retired: await retire(blendId) };
});
