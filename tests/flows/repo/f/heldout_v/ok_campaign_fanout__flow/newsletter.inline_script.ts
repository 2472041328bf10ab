type Mailchimp = { api_key: string; server: string; list_id: string };

export async function main(mailchimp: Mailchimp, subject: string, html: string) {
  const base = `https://${mailchimp.server}.api.mailchimp.com/3.0`;
  const auth = { Authorization: `apikey ${mailchimp.api_key}`, "Content-Type": "application/json" };
  const created = await fetch(`${base}/campaigns`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({
      type: "regular",
      recipients: { list_id: mailchimp.list_id },
      settings: { subject_line: subject, from_name: "Acme", reply_to: "hello@acme.io" },
    }),
  });
  if (!created.ok) throw new Error(`Mailchimp: ${created.status}`);
  const { id } = await created.json();
  await fetch(`${base}/campaigns/${id}/content`, { method: "PUT", headers: auth, body: JSON.stringify({ html }) });
  return { campaign_id: id as string };
}
