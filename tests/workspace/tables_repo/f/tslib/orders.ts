import { RestResource } from "./rest.ts";

export class Orders extends RestResource {
  create(order: { sku: string; qty: number }) {
    return this.post<{ id: string }>("/orders", order);
  }

  link(id: string) {
    return this.url(`/orders/${id}`);
  }
}
