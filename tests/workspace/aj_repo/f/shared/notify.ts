// Pager and e-mail to clinicians.
const PAGER = "https://pager.stmarys.internal/v1/pages";

async function page(clinicianId: string, text: string, urgency = "routine"): Promise<string> {
  const res = await fetch(PAGER, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to: clinicianId, text, urgency }),
  });
  return ((await res.json()) as { pageId: string }).pageId;
}

async function email(to: string, subject: string, body: string): Promise<void> {
  await fetch("https://relay.stmarys.internal/send", {
    method: "POST",
    body: JSON.stringify({ to, subject, body }),
  });
}

function render(template: string, fields: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k) => fields[k] ?? "");
}

export default { page, email, render };
