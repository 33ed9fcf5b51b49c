public class Solution {
    public int[] DailyTemperatures(int[] temperatures) {
        var answer = new int[temperatures.Length];
        var stack = new Stack<int>();
        for (int i = 0; i < temperatures.Length; i++) {
            while (stack.Count > 0 && temperatures[stack.Peek()] < temperatures[i]) {
                int j = stack.Pop();
                answer[j] = i - j;
            }
            stack.Push(i);
        }
        return answer;
    }
}
