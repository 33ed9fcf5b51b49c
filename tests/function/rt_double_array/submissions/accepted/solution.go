func echoDoubleArray(value []float64) []float64 {
    return append([]float64(nil), value...)
}
