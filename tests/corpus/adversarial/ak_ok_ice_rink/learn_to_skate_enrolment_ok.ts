// SDK: windmill-client 1.818.0: a class of the file built in the body with #private fields and getters runs only pure code; tasks are top-level consts
import { task, workflow } from "windmill-client";

type Applicant = { name: string; age: number; level: number; email: string };

class ClassRoster {
  #capacity: number;
  #members: Applicant[] = [];
  #waitlist: Applicant[] = [];

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  add(a: Applicant): "enrolled" | "waitlisted" {
    if (this.#members.length < this.#capacity) {
      this.#members.push(a);
      return "enrolled";
    }
    this.#waitlist.push(a);
    return "waitlisted";
  }

  get members(): Applicant[] {
    return [...this.#members];
  }

  get waitlist(): Applicant[] {
    return [...this.#waitlist];
  }
}

const CLASS_SIZES = { tots: 6, juniors: 10, adults: 12 } as const;

function groupFor(age: number): keyof typeof CLASS_SIZES {
  return age < 6 ? "tots" : age < 16 ? "juniors" : "adults";
}

const sendWelcome = task(async (email: string, group: string, status: string) => {
  await fetch("https://mail.example-ice.org/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: `lts-${status}`, group }),
  });
  return email;
});

export const main = workflow(async (applicants: Applicant[], term: string) => {
  const rosters = {
    tots: new ClassRoster(CLASS_SIZES.tots),
    juniors: new ClassRoster(CLASS_SIZES.juniors),
    adults: new ClassRoster(CLASS_SIZES.adults),
  };
  const outcome: { email: string; group: string; status: string }[] = [];
  for (const a of applicants) {
    const group = groupFor(a.age);
    const status = rosters[group].add(a);
    outcome.push({ email: a.email, group, status });
  }
  for (const o of outcome) {
    await sendWelcome(o.email, o.group, o.status);
  }
  return {
    term,
    enrolled: Object.fromEntries(Object.entries(rosters).map(([g, r]) => [g, r.members.length])),
    waitlisted: Object.values(rosters).flatMap((r) => r.waitlist.map((a) => a.email)),
  };
});
