// SDK: windmill-client 1.818.0: an approval with a literal key inside a loop that leaves right after it (`break`) is used once per run; destructuring an approval's value is a plain read; a class built in the body whose constructor only stores its arguments does nothing at load or replay; Date.parse of inputs reads no clock
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Qual = { crewId: string; kind: "recurrent" | "dangerous_goods" | "cpr" | "line_check"; expires: string };

const TRAINING = "https://training.example-air.com/api";

class ExpiryWindow {
  constructor(
    private readonly asOfMs: number,
    private readonly days: number,
  ) {}

  contains(q: Qual): boolean {
    const t = Date.parse(q.expires);
    return t >= this.asOfMs && t < this.asOfMs + this.days * 86_400_000;
  }

  expired(q: Qual): boolean {
    return Date.parse(q.expires) < this.asOfMs;
  }
}

const qualifications = task(async (base: string): Promise<Qual[]> => {
  const r = await fetch(`${TRAINING}/bases/${base}/qualifications`);
  if (!r.ok) throw new Error(`quals ${r.status}`);
  return (await r.json()) as Qual[];
});

const bookCourse = task(async (crewId: string, kind: Qual["kind"]) => {
  const r = await fetch(`${TRAINING}/enrollments`, { method: "POST", body: JSON.stringify({ crewId, kind }) });
  if (!r.ok) throw new Error(`enroll ${r.status}`);
  return ((await r.json()) as { seat: string }).seat;
});

const groundCrew = task(async (crewIds: string[], reason: string) => {
  const r = await fetch(`${TRAINING}/groundings`, { method: "POST", body: JSON.stringify({ crewIds, reason }) });
  return r.ok;
});

const askTrainingLead = task(async (base: string, expired: string[], resume: string) => {
  await fetch("https://chat.example-air.com/hooks/training", {
    method: "POST",
    body: JSON.stringify({ text: `${base}: ${expired.length} crew expired. Ground them? ${resume}` }),
  });
});

export const main = workflow(async (base: string, horizonDays = 45) => {
  const asOf = await step("as_of_ms", () => Date.now());
  const window = new ExpiryWindow(asOf, horizonDays);
  const quals = await qualifications(base);

  const seats: string[] = [];
  for (const q of quals.filter((x) => window.contains(x))) {
    seats.push(await bookCourse(q.crewId, q.kind));
  }

  const expired = [...new Set(quals.filter((q) => window.expired(q)).map((q) => q.crewId))];
  let grounded = false;
  for (const attempt of [1, 2]) {
    if (expired.length === 0) break;
    const urls = await step("lead_urls", () => getApprovalUrls("training_lead"));
    await askTrainingLead(base, expired, urls.resume);
    const { approved, value } = await waitForApproval({ key: "training_lead", timeout: 12 * 3600 });
    if (approved && (value as { ground?: boolean } | undefined)?.ground !== false) {
      grounded = await groundCrew(expired, `expired qualification (attempt ${attempt})`);
    }
    break;
  }
  return { base, seats, expired, grounded };
});
