// SDK: none; Windmill paths of the shop scripts
export enum Scripts {
  ExportOrders = "f/shop/export_orders",
  LegacyExport = "f/shop/export_orders_v1",
  Restock = "f/shop/restock",
}

export const FLOWS = {
  restock: "f/shop/restock_ok",
} as const;
