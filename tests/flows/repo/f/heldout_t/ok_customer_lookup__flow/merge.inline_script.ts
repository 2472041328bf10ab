type Crm = { id: string; legal_name: string; email: string; country: string; account_manager: string | null };
type Balance = { open_cents: number; overdue_cents: number; currency: string };

export async function main(crm: Crm | null, balance: Balance) {
  if (!crm) {
    return { found: false, profile: null };
  }
  return {
    found: true,
    profile: {
      ...crm,
      open: balance.open_cents / 100,
      overdue: balance.overdue_cents / 100,
      currency: balance.currency,
      at_risk: balance.overdue_cents > 0,
    },
  };
}
