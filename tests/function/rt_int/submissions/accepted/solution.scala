object Solution {
    def echoInt(value: Int): Int = {
        value
    }
}
