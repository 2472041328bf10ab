// Enrol a workshop cohort in the LMS once the roster is final.
import { step, workflow } from "windmill-client";
import { key } from "/f/rcc/kit/keys.ts";
import Roster from "/f/rcc/kit/roster.ts";
import { settle } from "/f/rcc/kit/settle.ts";
import { tclock } from "/f/rcc/kit/tclock.ts";
import { enroll } from "/f/rcc/kit/training_tasks.ts";

const LMS = "https://lms.rcc.example.edu/api";

export const main = workflow(async (course: string, closesAtMs: number) => {
  if (tclock.now > closesAtMs) { // expect: WAC102
    return { closed: true };
  }
  const lms = new Roster(LMS);
  const students = await lms.roster(course); // expect: WAC101
  const results = await settle(students.map((s) => enroll(s, course))); // expect: WAC202
  await step(key("enrolled"), () => ({ course, n: results.length })); // expect: WAC103
  return { course, link: lms.courseLink(course), zone: tclock.zone };
});
