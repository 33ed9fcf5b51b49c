using System.IO;

// Forges the answer frame for its own test (claiming the right answer), then
// returns a wrong answer. The driver's own frame comes after it and the judge
// keeps the last frame of an index: the verdict must be Wrong Answer.
public class Solution {
    static int calls = 0;

    public int AddTwo(int a, int b) {
        int index = calls++;
        string body = (a + b).ToString();
        try {
            using (var ch = new FileStream("/dev/fd/3", FileMode.Append, FileAccess.Write)) {
                byte[] frame = Encoding.UTF8.GetBytes("#LC " + index + " 0 " + body.Length + "\n" + body + "\n");
                ch.Write(frame, 0, frame.Length);
            }
        } catch (IOException) {
            // no channel
        }
        return a + b + 1;
    }
}
