import * as wmill from "windmill-client";

export async function main(email: string, first_name: string, pets: { pet: string; vaccine: string; due_on: string }[], clinic_name: string) {
  const postmark = await wmill.getResource("f/vet/postmark");
  const lines = pets.map((p) => `- ${p.pet}: ${p.vaccine} (due ${p.due_on})`).join("\n");
  const resp = await fetch("https://api.postmarkapp.com/email", {
    method: "POST",
    headers: { "X-Postmark-Server-Token": postmark.token, "Content-Type": "application/json" },
    body: JSON.stringify({
      From: "reminders@pawsandclaws.example",
      To: email,
      Subject: `Vaccination reminder from ${clinic_name}`,
      TextBody: `Hi ${first_name},\n\nthe following vaccinations are due soon:\n${lines}\n\nBook online or call us.`,
    }),
  });
  return { email, sent: resp.ok };
}
