export class RestResource {
  constructor(protected readonly base: string) {}

  protected async post<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, { method: "POST", body: JSON.stringify(body) });
    return (await res.json()) as T;
  }

  protected url(path: string): string {
    return `${this.base}${path}`;
  }
}
