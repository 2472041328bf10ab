type Pipedrive = { api_token: string; company_domain: string };

export async function main(pipedrive: Pipedrive, since_hours: number = 24) {
  const since = new Date(Date.now() - since_hours * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
  const url = `https://${pipedrive.company_domain}.pipedrive.com/api/v1/leads?api_token=${pipedrive.api_token}`;
  const res = await fetch(url);
  const body = await res.json();
  const leads = (body.data ?? []).filter((l: any) => l.add_time >= since);
  return {
    total: leads.length,
    leads: leads.map((l: any) => ({ id: l.id, email: l.person?.email, title: l.title })),
  };
}
