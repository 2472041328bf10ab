type Resend = { api_key: string };

export async function main(resend: Resend, to: string, workspace: string) {
  const res = await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${resend.api_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      from: "billing@acme.io",
      to,
      subject: `Your trial of ${workspace} has ended`,
      html: `<p>Upgrade to keep using <b>${workspace}</b>.</p>`,
    }),
  });
  if (!res.ok) throw new Error(`resend ${res.status}`);
  return { id: (await res.json()).id as string };
}
