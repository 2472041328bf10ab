// A clock object whose reads look like fields.
export const tclock = {
  get now(): number {
    return Date.now();
  },
  get zone(): string {
    return "UTC";
  },
};
