object Solution {
    def dailyTemperatures(temperatures: Array[Int]): Array[Int] = {
        val answer = new Array[Int](temperatures.length)
        val stack = new java.util.ArrayDeque[Int]()
        for (i <- temperatures.indices) {
            while (!stack.isEmpty && temperatures(stack.peek()) < temperatures(i)) {
                val j = stack.pop()
                answer(j) = i - j
            }
            stack.push(i)
        }
        answer
    }
}
