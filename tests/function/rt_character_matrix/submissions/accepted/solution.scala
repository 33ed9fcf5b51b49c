object Solution {
    def echoCharMatrix(value: Array[Array[Char]]): Array[Array[Char]] = {
        value
    }
}
