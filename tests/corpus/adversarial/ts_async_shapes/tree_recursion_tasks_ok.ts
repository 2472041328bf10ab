// SDK: windmill-client 1.818.0 client.mjs task(): a recursive helper over the input tree awaits tasks in a fixed depth-first order.
import { task, workflow } from "windmill-client";

type Node = { id: string; children: Node[] };

const provision = task(async (id: string) => ({ id, ok: true }));

async function walk(node: Node, out: string[]): Promise<void> {
  const r = await provision(node.id);
  out.push(r.id);
  for (const child of node.children) {
    await walk(child, out);
  }
}

export const main = workflow(async (root: Node) => {
  const done: string[] = [];
  await walk(root, done);
  return done;
});
