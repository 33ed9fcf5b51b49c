import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

class Solution {
    public int addTwo(int a, int b) {
        // garbage and a bogus frame on the driver's channel (fd 3): the judge
        // skips garbage, ignores indexes past the test count, and the driver's
        // own frame for this test comes after these bytes
        try (FileOutputStream ch = new FileOutputStream("/dev/fd/3", true)) {
            ch.write("garbage without a newline? no: with one\n".getBytes(StandardCharsets.UTF_8));
            ch.write("#LC 99 0 1\n7\n".getBytes(StandardCharsets.UTF_8));
            ch.write("#LC nonsense\n{\"x\":\n".getBytes(StandardCharsets.UTF_8));
            ch.write(new byte[] {0, (byte) 0xff, (byte) 0xfe, ' ', 'j', 'u', 'n', 'k', '\n'});
        } catch (IOException ex) {
            // no channel: nothing to disturb
        }
        return a + b;
    }
}
