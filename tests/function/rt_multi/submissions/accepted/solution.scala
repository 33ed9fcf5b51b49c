object Solution {
    def repeatWord(word: String, times: Int, suffix: Boolean, tail: Char): String = {
        word * times + (if (suffix) tail.toString else "")
    }
}
