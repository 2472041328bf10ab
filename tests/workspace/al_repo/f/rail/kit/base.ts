// Base client for the infrastructure manager's REST API.
export type Ctor<T = object> = new (...args: any[]) => T;

export class ApiBase {
  constructor(protected readonly root: string) {}

  async call<T>(path: string, init?: RequestInit): Promise<T> {
    const resp = await fetch(`${this.root}${path}`, init);
    if (!resp.ok) throw new Error(`${path}: ${resp.status}`);
    return (await resp.json()) as T;
  }
}
