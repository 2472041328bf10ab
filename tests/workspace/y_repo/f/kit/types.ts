// Shipping types and constants (a module: no main).
export type Carrier = "dhl" | "ups" | "gls";

export interface Parcel {
  id: string;
  weightGrams: number;
  destination: string;
}

export type Shipment = {
  orderId: string;
  parcels: Parcel[];
  carrier: Carrier;
};

export const DEFAULT_CARRIER: Carrier = "dhl";
export const LABEL_SCRIPT = "f/shipping/render_label";

// Arguments the label script is called with. `format` was renamed `paper` in the script.
export const LABEL_DEFAULTS = { carrier: DEFAULT_CARRIER, paper: "A6" };
export const OLD_LABEL_DEFAULTS = { carrier: DEFAULT_CARRIER, format: "A6" };
