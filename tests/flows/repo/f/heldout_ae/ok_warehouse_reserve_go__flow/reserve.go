package inner

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

func main(order_no string, sku string, qty int, warehouse string, hold_minutes int) (interface{}, error) {
	payload, _ := json.Marshal(map[string]interface{}{
		"order": order_no, "sku": sku, "qty": qty, "warehouse": warehouse, "hold_minutes": hold_minutes,
	})
	resp, err := http.Post("https://reservations.wms.internal/v1/holds", "application/json", bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("reservation service answered %d", resp.StatusCode)
	}
	var out struct {
		Reserved int `json:"reserved"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return map[string]interface{}{"sku": sku, "requested": qty, "reserved": out.Reserved}, nil
}
