object Solution {
    def isValid(s: String): Boolean = {
        val pairs = Map(')' -> '(', ']' -> '[', '}' -> '{')
        val stack = scala.collection.mutable.Stack[Char]()
        for (c <- s) {
            pairs.get(c) match {
                case Some(open) => if (stack.isEmpty || stack.pop() != open) return false
                case None => stack.push(c)
            }
        }
        stack.isEmpty
    }
}
