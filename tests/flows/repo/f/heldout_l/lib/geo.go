package inner

func main(lat float64, lon float64) (interface{}, error) {
	return map[string]float64{"lat": lat, "lon": lon}, nil
}
