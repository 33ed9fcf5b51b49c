object Solution {
    def echoLongArray(value: Array[Long]): Array[Long] = {
        value
    }
}
