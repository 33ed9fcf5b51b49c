object Solution {
    def echoBoolArray(value: Array[Boolean]): Array[Boolean] = {
        value
    }
}
