func echoDouble(value float64) float64 {
    return value
}
