package inner

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type Reading struct {
	Ph       float64 `json:"ph"`
	Salinity float64 `json:"salinity"`
	InRange  bool    `json:"in_range"`
}

func main(tank_id string) (interface{}, error) {
	resp, err := http.Get(fmt.Sprintf("http://lsss.aquarium.internal/tanks/%s/probes", tank_id))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Reading
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return r, nil
}
