package inner

type reading struct {
	Gauge     string    `json:"gauge"`
	Observed  []float64 `json:"observed"`
	Predicted []float64 `json:"predicted"`
}

func main(readings []reading, threshold float64) (interface{}, error) {
	best := ""
	max := 0.0
	for _, r := range readings {
		for i := range r.Observed {
			if i < len(r.Predicted) && r.Observed[i]-r.Predicted[i] > max {
				max = r.Observed[i] - r.Predicted[i]
				best = r.Gauge
			}
		}
	}
	return map[string]interface{}{"gauge": best, "max_surge": max, "threshold": threshold}, nil
}
