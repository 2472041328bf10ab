import * as wmill from "windmill-client";

export async function main(email: string, subject: string, level: string, hired: boolean) {
  if (!hired) return { created: false };
  const lms = await wmill.getResource("f/tutoring/lms");
  const res = await fetch(`${lms.url}/tutors`, {
    method: "POST",
    headers: { authorization: `Bearer ${lms.token}`, "content-type": "application/json" },
    body: JSON.stringify({ email, subject, level }),
  });
  return { created: res.ok, tutor_id: (await res.json()).id };
}
