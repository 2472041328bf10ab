// Mixins for the API clients.
import type { Ctor } from "./base.ts";

export function Paged<TBase extends Ctor<{ call<T>(path: string, init?: RequestInit): Promise<T> }>>(Base: TBase) {
  return class extends Base {
    async all<T>(path: string): Promise<T[]> {
      const out: T[] = [];
      for (let page = 1; page < 50; page++) {
        const items = await this.call<T[]>(`${path}?page=${page}`);
        if (items.length === 0) break;
        out.push(...items);
      }
      return out;
    }
  };
}
