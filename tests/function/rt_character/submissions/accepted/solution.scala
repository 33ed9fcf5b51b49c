object Solution {
    def echoChar(value: Char): Char = {
        value
    }
}
