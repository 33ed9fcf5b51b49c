object Solution {
    def echoBool(value: Boolean): Boolean = {
        value
    }
}
