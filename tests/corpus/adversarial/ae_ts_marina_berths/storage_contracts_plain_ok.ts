// SDK: windmill-client 1.818.0 client.mjs: a task's result is JSON-decoded; plain objects with an `expiring` boolean computed inside the task survive it, and the class is rebuilt in the body from plain fields
import { task, workflow } from "windmill-client";

type ContractRow = { vessel: string; owner: string; endsOn: string; expiring: boolean };

class StorageContract {
  constructor(readonly row: ContractRow) {}
  get label(): string {
    return `${this.row.vessel} (${this.row.owner})`;
  }
}

const loadContracts = task(async (yard: string, asOf: string): Promise<ContractRow[]> => {
  const r = await fetch(`https://yard.portobelo-marina.example/yards/${yard}/contracts`);
  const rows = (await r.json()) as { vessel: string; owner: string; ends_on: string }[];
  return rows.map((x) => {
    const days = (Date.parse(x.ends_on) - Date.parse(asOf)) / 86_400_000;
    return { vessel: x.vessel, owner: x.owner, endsOn: x.ends_on, expiring: days >= 0 && days <= 30 };
  });
});

const sendRenewal = task(async (owner: string, vessel: string, endsOn: string) => {
  await fetch("https://mail.portobelo-marina.example/send", {
    method: "POST",
    body: JSON.stringify({ to: owner, template: "winter-storage-renewal", vessel, endsOn }),
  });
});

export const main = workflow(async (yard: string, asOf: string) => {
  const rows = await loadContracts(yard, asOf);
  const expiring = rows.filter((r) => r.expiring).map((r) => new StorageContract(r));
  for (const c of expiring) {
    console.log(`renewing ${c.label}`);
    await sendRenewal(c.row.owner, c.row.vessel, c.row.endsOn);
  }
  return { yard, contracts: rows.length, reminded: expiring.length };
});
