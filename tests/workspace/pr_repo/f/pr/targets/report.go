package inner

func main(title string, count int, verbose bool) (interface{}, error) {
	return map[string]interface{}{"title": title, "count": count, "verbose": verbose}, nil
}
