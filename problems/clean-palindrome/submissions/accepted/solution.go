func isPalindrome(s string) bool {
    t := []byte{}
    for _, r := range strings.ToLower(s) {
        if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
            t = append(t, byte(r))
        }
    }
    for i, j := 0, len(t)-1; i < j; i, j = i+1, j-1 {
        if t[i] != t[j] {
            return false
        }
    }
    return true
}
