// SDK: windmill-client 1.818.0 client.mjs: the async generator awaits each task call before yielding its result, so `for await` in the body consumes checkpointed values in a fixed order
import { task, step, workflow } from "windmill-client";

type KeelBlock = { id: string; row: number; loadT: number };
type BlockCheck = { id: string; crushMm: number; ok: boolean };

const checkBlock = task(async (dock: string, block: KeelBlock): Promise<BlockCheck> => {
  const r = await fetch(`https://yard.drydock-ops.example/v1/docks/${dock}/blocks/${block.id}/check`, { method: "POST" });
  const body = (await r.json()) as { crushMm: number };
  return { id: block.id, crushMm: body.crushMm, ok: body.crushMm < 12 };
});

const raiseWorkOrder = task(async (dock: string, ids: string[]) => {
  const r = await fetch("https://cmms.drydock-ops.example/v1/work-orders", {
    method: "POST",
    body: JSON.stringify({ dock, items: ids, kind: "keel_block_replace" }),
  });
  return (await r.json()).id as string;
});

async function* inspected(dock: string, blocks: KeelBlock[]): AsyncGenerator<BlockCheck> {
  const byRow = [...blocks].sort((a, b) => a.row - b.row || a.id.localeCompare(b.id));
  for (const b of byRow) {
    yield await checkBlock(dock, b);
  }
}

export const main = workflow(async (dock: string, blocks: KeelBlock[]) => {
  const failed: string[] = [];
  let worst = 0;
  for await (const c of inspected(dock, blocks)) {
    worst = Math.max(worst, c.crushMm);
    if (!c.ok) failed.push(c.id);
  }
  const summary = await step("summary", () => ({ checked: blocks.length, failed: failed.length, worstMm: worst }));
  const workOrder = failed.length ? await raiseWorkOrder(dock, failed) : null;
  return { dock, ...summary, workOrder };
});
