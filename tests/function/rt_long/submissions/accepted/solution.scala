object Solution {
    def echoLong(value: Long): Long = {
        value
    }
}
