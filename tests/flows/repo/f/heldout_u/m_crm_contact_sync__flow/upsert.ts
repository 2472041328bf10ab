type Salesforce = { instance_url: string; access_token: string };

type User = { id: number; email: string; first_name: string; last_name: string; company: string | null };

export async function main(sf: Salesforce, users: User[]) {
  const records = users.map((u) => ({
    attributes: { type: "Contact" },
    Product_User_Id__c: String(u.id),
    Email: u.email,
    FirstName: u.first_name,
    LastName: u.last_name || "(unknown)",
  }));
  const res = await fetch(
    `${sf.instance_url}/services/data/v60.0/composite/sobjects/Contact/Product_User_Id__c`,
    {
      method: "PATCH",
      headers: { Authorization: `Bearer ${sf.access_token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ allOrNone: false, records }),
    },
  );
  if (!res.ok) throw new Error(`Salesforce ${res.status}: ${await res.text()}`);
  const out: { success: boolean }[] = await res.json();
  return { upserted: out.filter((r) => r.success).length, failed: out.filter((r) => !r.success).length };
}
