fn main(amount: f64, currency: String, rate: Option<f64>) -> anyhow::Result<f64> {
    let _ = currency;
    Ok(amount * rate.unwrap_or(1.0))
}
