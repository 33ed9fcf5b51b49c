object Solution {
    def echoDouble(value: Double): Double = {
        value
    }
}
