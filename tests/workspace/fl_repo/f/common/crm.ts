class CrmClient {
  constructor(private base: string) {}

  async push(contact: object): Promise<number> {
    const res = await fetch(`${this.base}/contacts`, { method: "POST", body: JSON.stringify(contact) });
    return res.status;
  }

  route(id: string): string {
    return `${this.base}/contacts/${id}`;
  }
}

export const crm = new CrmClient("https://crm.example.com");

export class Contacts {
  static connect(): Contacts {
    return new Contacts();
  }

  async list(): Promise<unknown> {
    return await (await fetch("https://crm.example.com/contacts")).json();
  }

  count(items: unknown[]): number {
    return items.length;
  }
}

export function makeCrm(base: string): CrmClient {
  return new CrmClient(base);
}

export async function main() {
  return crm.route("1");
}
