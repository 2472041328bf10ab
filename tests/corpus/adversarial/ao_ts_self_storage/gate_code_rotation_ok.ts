// SDK: windmill-client 1.818.0: randomness drawn inside step() is checkpointed (crypto.getRandomValues there); a literal step name repeated in a loop gets numbered keys (_allocKey), the same each replay; a finally that only logs neither returns nor calls the SDK
import { parallel, step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Unit = { id: string; facility: string; tenantId: string | null; codeVersion: number };

const PMS = "https://pms.example-storage.com/api";
const CODE_DIGITS = 6;

const occupiedUnits = task(async (facility: string): Promise<Unit[]> => {
  const r = await fetch(`${PMS}/facilities/${facility}/units?occupied=true`);
  if (!r.ok) throw new Error(`units ${r.status}`);
  const units = (await r.json()) as Unit[];
  return units.filter((u) => u.tenantId !== null);
});

const pushCode = task(async (u: Unit, code: string) => {
  const keypad = await wmill.getResource("f/storage/keypad_api");
  const r = await fetch(`${keypad.url}/units/${u.id}/code`, {
    method: "PUT",
    headers: { authorization: `Bearer ${keypad.token}`, "content-type": "application/json" },
    body: JSON.stringify({ code, version: u.codeVersion + 1 }),
  });
  if (!r.ok) throw new Error(`keypad ${u.id}: ${r.status}`);
  return { unit: u.id, version: u.codeVersion + 1 };
});

const textTenant = task(async (tenantId: string, unitId: string, code: string) => {
  const r = await fetch(`${PMS}/tenants/${tenantId}/messages`, {
    method: "POST",
    body: JSON.stringify({ channel: "sms", text: `Your new gate code for unit ${unitId} is ${code}.` }),
  });
  return r.ok;
});

function newCode(digits: number): string {
  const buf = new Uint32Array(digits);
  crypto.getRandomValues(buf);
  return Array.from(buf, (n) => String(n % 10)).join("");
}

function weak(code: string): boolean {
  return /^(\d)\1+$/.test(code) || "0123456789".includes(code) || "9876543210".includes(code);
}

export const main = workflow(async (facility: string, notify = true) => {
  const units = await occupiedUnits(facility);
  const rotated: { unit: string; version: number }[] = [];
  let texted = 0;

  try {
    for (const u of units) {
      let code = await step("draw_code", () => newCode(CODE_DIGITS));
      while (weak(code)) {
        code = await step("redraw_code", () => newCode(CODE_DIGITS));
      }
      rotated.push(await pushCode(u, code));
      if (notify && u.tenantId) {
        if (await textTenant(u.tenantId, u.id, code)) texted++;
      }
    }
  } finally {
    console.log(`facility ${facility}: rotated ${rotated.length}/${units.length}, texted ${texted}`);
  }

  const audit = await parallel(
    rotated,
    async (r) => ({ ...r, facility }),
    { concurrency: 10 },
  );
  return { facility, rotated: audit.length, texted };
});
