object Solution {
    def echoStringArray(value: Array[String]): Array[String] = {
        value
    }
}
