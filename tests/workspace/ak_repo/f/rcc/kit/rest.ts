// Small REST base for the services the account workflows talk to.
export class RestBase {
  constructor(
    protected readonly baseUrl: string,
    protected readonly token = "",
  ) {}

  protected async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
    });
    if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  link(path: string): string {
    return `${this.baseUrl}${path}`;
  }
}
