object Solution {
    def echoString(value: String): String = {
        value
    }
}
