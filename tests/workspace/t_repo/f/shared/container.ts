// Service container: workflows resolve their clients by token.
import { postJson, WAREHOUSE_API } from "./net.ts";

type Factory<T> = () => T;

export class WarehouseClient {
  constructor(private readonly base: string = WAREHOUSE_API) {}

  async query(sql: string): Promise<unknown[]> {
    return await postJson<unknown[]>(`${this.base}/query`, { sql });
  }

  quote(ident: string): string {
    return `"${ident.replaceAll('"', '""')}"`;
  }
}

export class Container {
  private factories = new Map<string, Factory<unknown>>();

  register<T>(token: string, factory: Factory<T>): void {
    this.factories.set(token, factory);
  }

  resolve<T>(token: string): T {
    const factory = this.factories.get(token);
    if (!factory) throw new Error(`no provider for ${token}`);
    return factory() as T;
  }
}

export const container = new Container();
container.register("warehouse", () => new WarehouseClient());
