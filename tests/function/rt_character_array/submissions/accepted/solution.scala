object Solution {
    def echoCharArray(value: Array[Char]): Array[Char] = {
        value
    }
}
