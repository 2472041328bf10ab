// SDK: windmill-client 1.818.0: the workspace from process.env.WM_WORKSPACE is the job's workspace in every round and task job
import { parallel, step, task, workflow } from "windmill-client";

type Subject = { id: string; phone: string; baseline: string; locale: "en" | "fr" | "de" };

const WINDOWS = [
  { visit: "week4", day: 28, slack: 3 },
  { visit: "week12", day: 84, slack: 7 },
] as const;

const sendSms = task(async (phone: string, text: string, dedupeKey: string) => {
  const r = await fetch("https://sms.example-cro.org/messages", {
    method: "POST",
    headers: { "Idempotency-Key": dedupeKey },
    body: JSON.stringify({ to: phone, text }),
  });
  return r.status;
});

const TEMPLATES: Record<Subject["locale"], (visit: string, from: string) => string> = {
  en: (v, f) => `Reminder: your ${v} visit window opens ${f}.`,
  fr: (v, f) => `Rappel : la fenêtre de votre visite ${v} ouvre le ${f}.`,
  de: (v, f) => `Erinnerung: Ihr ${v}-Termin ist ab ${f} möglich.`,
};

function windowOpens(baseline: string, day: number, slack: number): string {
  const d = new Date(`${baseline}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + day - slack);
  return d.toISOString().slice(0, 10);
}

export const main = workflow(async (subjects: Subject[]) => {
  const { WM_WORKSPACE: workspace = "local" } = process.env;
  const messages = subjects.flatMap((s) =>
    WINDOWS.map((w) => {
      const opens = windowOpens(s.baseline, w.day, w.slack);
      return { phone: s.phone, text: TEMPLATES[s.locale](w.visit, opens), key: `${workspace}:${s.id}:${w.visit}` };
    }),
  );
  const statuses = await parallel(messages, (m) => sendSms(m.phone, m.text, m.key), { concurrency: 10 });
  const sentAt = await step("sent_at", () => new Date().toISOString());
  return { sent: statuses.filter((s) => s < 300).length, sentAt };
});
