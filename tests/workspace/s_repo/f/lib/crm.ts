// SDK: no windmill-client import; a CRM client, a factory reading the environment, a shared instance
export interface Contact {
  id: string;
  email: string;
  plan: string;
}

export class CrmClient {
  constructor(
    private baseUrl: string,
    private token: string,
  ) {}

  contactUrl(id: string): string {
    return `${this.baseUrl}/contacts/${encodeURIComponent(id)}`;
  }

  async upsertContact(contact: Contact): Promise<{ updated: boolean }> {
    const res = await fetch(this.contactUrl(contact.id), {
      method: "PUT",
      headers: { Authorization: `Bearer ${this.token}` },
      body: JSON.stringify(contact),
    });
    return { updated: res.ok };
  }
}

export function crmFromEnv(): CrmClient {
  return new CrmClient(process.env.CRM_URL ?? "https://crm.example.com/api", process.env.CRM_TOKEN ?? "");
}

export const defaultCrm = new CrmClient("https://crm.example.com/api", "");
