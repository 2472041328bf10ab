//! ```cargo
//! [dependencies]
//! anyhow = "1.0.86"
//! serde = { version = "1", features = ["derive"] }
//! ```

use serde::Serialize;

#[derive(Serialize, Debug)]
struct Charge {
    rider_id: String,
    cents: i64,
}

fn main(rider_id: String, amount: f64) -> anyhow::Result<Charge> {
    let cents = (amount * 100.0).round() as i64;
    if cents <= 0 {
        anyhow::bail!("nothing to charge for {rider_id}");
    }
    Ok(Charge { rider_id, cents })
}
