// SDK: windmill-client 1.818.0: nothing in the body is checkpointed except durable calls; Bun.write there writes the file again on each replay
import { task, workflow } from "windmill-client";

type Txn = { id: string; date: string; amount: string; memo: string };

const categorize = task(async (txns: Txn[]) => {
  const r = await fetch("https://ml.internal/api/categorize", { method: "POST", body: JSON.stringify(txns) });
  return (await r.json()) as { id: string; category: string }[];
});

const uploadReport = task(async (name: string, csv: string) => {
  const r = await fetch(`https://files.internal/api/reports/${name}`, { method: "PUT", body: csv });
  return r.ok;
});

export const main = workflow(async (txns: Txn[], reportName: string) => {
  const categories = await categorize(txns);
  const byId = new Map(categories.map((c) => [c.id, c.category]));

  const header = "id,date,amount,category,memo";
  const lines = txns.map((t) =>
    [t.id, t.date, t.amount, byId.get(t.id) ?? "uncategorized", JSON.stringify(t.memo)].join(","),
  );
  const csv = [header, ...lines].join("\n");

  await Bun.write(`/tmp/${reportName}.csv`, csv); // expect: WAC101
  const uploaded = await uploadReport(`${reportName}.csv`, csv);
  return { rows: lines.length, uploaded };
});
