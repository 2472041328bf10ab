// SDK: windmill-client 1.818.0 parallel() maps items through a task; Date#getDay / getDate read the worker's TZ, which can differ between the workers running the rounds
import { parallel, task, workflow } from "windmill-client";
import { Pool } from "pg";

type Recipient = { id: number; phone: string; optedIn: boolean; firstName: string };

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const loadRecipients = task(async (segment: string): Promise<Recipient[]> => {
  const { rows } = await pool.query("select id, phone, opted_in as \"optedIn\", first_name as \"firstName\" from sms_recipients where segment = $1", [segment]);
  return rows;
});

const sendOne = task(async (r: Recipient) => {
  const res = await fetch("https://api.messagebird.com/messages", {
    method: "POST",
    headers: { authorization: `AccessKey ${process.env.MESSAGEBIRD_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ recipients: [r.phone], originator: "ShopCo", body: `Hi ${r.firstName}, our weekend sale starts now!` }),
  });
  return { id: r.id, ok: res.ok };
});

export const main = workflow(async (segment: string, campaignDate: string) => {
  const scheduled = new Date(campaignDate);
  const weekday = scheduled.getDay(); // expect: WAC102
  if (weekday === 0) {
    return { segment, skipped: "no marketing texts on Sundays" };
  }
  const dayOfMonth = scheduled.getDate(); // expect: WAC102
  const batchLabel = `${segment}-${dayOfMonth}`;

  const recipients = await loadRecipients(segment);
  const eligible = recipients.filter((r) => r.optedIn);
  const results = await parallel(eligible, sendOne, { concurrency: 10 });
  return { batchLabel, sent: results.filter((r) => r.ok).length, total: eligible.length };
});
