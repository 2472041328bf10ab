// SDK: windmill-client 1.818.0 client.mjs workflow(): the body must be deterministic; Date.now() reached through helpers differs per round.
import { task, workflow } from "windmill-client";

type Node = { id: string; deps: string[] };

function visit(graph: Map<string, Node>, id: string, seen: Set<string>, order: string[]) {
  if (seen.has(id)) return;
  seen.add(id);
  for (const dep of graph.get(id)?.deps ?? []) visitDep(graph, dep, seen, order);
  order.push(id);
}

function visitDep(graph: Map<string, Node>, id: string, seen: Set<string>, order: string[]) {
  if (!graph.has(id)) order.push(`missing-${id}-${Date.now()}`);
  visit(graph, id, seen, order);
}

const deploy = task(async (id: string) => ({ id, deployed: true }));

export const main = workflow(async (nodes: Node[], root: string) => {
  const graph = new Map(nodes.map((n) => [n.id, n]));
  const order: string[] = [];
  visit(graph, root, new Set(), order); // expect: WAC102
  for (const id of order) await deploy(id);
  return order;
});
